package io.admitone.projections.webhook.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * One attempt to send a delivery: the receiver's status and the start of its answer, or why no answer came
 * ({@code error}); {@code retryAfter} is the wait a 429 or 503 asked for, if it asked.
 */
record Attempt(Instant attemptedAt, Integer statusCode, long latencyMs, String responseExcerpt, String error,
               Duration retryAfter) {

    static final int GONE = 410;

    static Attempt unanswered(Instant attemptedAt, long latencyMs, String error) {
        return new Attempt(attemptedAt, null, latencyMs, null, error, null);
    }

    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    boolean gone() {
        return statusCode != null && statusCode == GONE;
    }
}
