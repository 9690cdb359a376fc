package io.admitone.server.waitingroom;

import java.util.UUID;

/** A waiting room as staff see it; {@code admissionsPerSecond} is 0 while it is off. */
record RoomView(UUID performanceId, boolean active, long admissionsPerSecond, long lastPosition, long admittedUpTo,
                long waiting) {

    static RoomView of(UUID performanceId, RoomStore.State state) {
        return new RoomView(performanceId, state.admissionsPerSecond() > 0, state.admissionsPerSecond(),
                state.lastPosition(), state.admittedUpTo(), Math.max(0, state.lastPosition() - state.admittedUpTo()));
    }
}
