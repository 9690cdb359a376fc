package io.admitone.projections.webhook.delivery;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: the first retry after {@code firstRetryDelay}, each further one after twice
 * the delay before, never after more than {@code maxRetryDelay}, each spread by up to a fifth either way so that
 * the deliveries of a receiver that went down together do not come back together. A receiver's {@code Retry-After}
 * is honoured, up to {@code maxRetryDelay}.
 */
final class RetrySchedule {

    private static final double JITTER = 0.2;

    private final Duration firstRetryDelay;
    private final Duration maxRetryDelay;
    private final RandomGenerator random;

    RetrySchedule(Duration firstRetryDelay, Duration maxRetryDelay, RandomGenerator random) {
        this.firstRetryDelay = firstRetryDelay;
        this.maxRetryDelay = maxRetryDelay;
        this.random = random;
    }

    /** The wait after the {@code attempts}-th failed attempt, or after the wait the receiver asked for. */
    Duration after(int attempts, Duration retryAfter) {
        if (retryAfter != null) {
            return min(retryAfter, maxRetryDelay);
        }
        double jitter = 1 + JITTER * (2 * random.nextDouble() - 1);
        return min(Duration.ofMillis(Math.round(backOff(attempts).toMillis() * jitter)), maxRetryDelay);
    }

    private Duration backOff(int attempts) {
        Duration delay = firstRetryDelay;
        for (int doubled = 1; doubled < attempts && delay.compareTo(maxRetryDelay) < 0; doubled++) {
            delay = delay.multipliedBy(2);
        }
        return min(delay, maxRetryDelay);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
