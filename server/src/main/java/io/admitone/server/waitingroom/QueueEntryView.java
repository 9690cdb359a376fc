package io.admitone.server.waitingroom;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * A buyer's place in the queue. {@code ahead} counts the people admitted before this entry still to come;
 * {@code admissionToken} and {@code expiresAt} are there once admitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record QueueEntryView(String queueToken, long position, long ahead, Status status, String admissionToken,
                      Instant expiresAt) {

    enum Status {
        /** Not admitted yet. */
        WAITING,
        /** Admitted: the admission token may be used once, until {@code expiresAt}. */
        ADMITTED,
        /** The admission lapsed unused; join again. */
        EXPIRED
    }

    static QueueEntryView waiting(String queueToken, long position, long admittedUpTo) {
        return new QueueEntryView(queueToken, position, Math.max(0, position - admittedUpTo - 1), Status.WAITING,
                null, null);
    }
}
