package io.admitone.server.projections;

import org.axonframework.eventhandling.EventTrackerStatus;

/** One segment of a processor that this process has claimed; {@code error} is the message of its failure, if any. */
record SegmentStatus(int segment, long position, boolean caughtUp, boolean replaying, String error) {

    static SegmentStatus of(EventTrackerStatus status) {
        Throwable error = status.getError();
        return new SegmentStatus(status.getSegment().getSegmentId(), status.getCurrentPosition().orElse(0),
                status.isCaughtUp(), status.isReplaying(), error == null ? null : messageOf(error));
    }

    private static String messageOf(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
