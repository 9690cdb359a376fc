package io.admitone.server.projections;

import java.util.List;

/**
 * Where an event processor stands: {@code position} is the lowest over its segments, {@code secondsBehind} the age
 * of the oldest event it has not handled yet (0 when caught up), {@code deadLetters} the events it parked (null when
 * it parks none), {@code rebuild} the last rebuild on this instance (null when none ran).
 */
record ProcessorStatus(String name, ProcessorState state, long position, long headPosition, long eventsBehind,
                       long secondsBehind, List<SegmentStatus> segments, boolean replayable, Long deadLetters,
                       RebuildStatus rebuild) {

    int error() {
        return state == ProcessorState.ERROR ? 1 : 0;
    }
}
