package io.admitone.server.projections;

import java.time.Instant;

/**
 * The last rebuild of a projection on this instance: {@code BUILDING} its shadow tables, {@code SWITCHING} over,
 * {@code DONE} or {@code FAILED} (with the failure's message); {@code position} is the last event it applied.
 */
record RebuildStatus(State state, long position, Instant startedAt, Instant finishedAt, String error) {

    enum State { BUILDING, SWITCHING, DONE, FAILED }

    static RebuildStatus started(Instant at) {
        return new RebuildStatus(State.BUILDING, 0, at, null, null);
    }

    RebuildStatus at(long newPosition) {
        return new RebuildStatus(state, newPosition, startedAt, finishedAt, error);
    }

    RebuildStatus switching() {
        return new RebuildStatus(State.SWITCHING, position, startedAt, null, null);
    }

    RebuildStatus done(Instant at) {
        return new RebuildStatus(State.DONE, position, startedAt, at, null);
    }

    RebuildStatus failed(Instant at, String message) {
        return new RebuildStatus(State.FAILED, position, startedAt, at, message);
    }

    boolean running() {
        return state == State.BUILDING || state == State.SWITCHING;
    }
}
