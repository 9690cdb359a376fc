package io.admitone.projections.webhook.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTest {

    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final Duration MAX = Duration.ofHours(6);

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBeforeUpToTheMaximum() {
        RetrySchedule schedule = new RetrySchedule(FIRST, MAX, always(0.5));

        assertThat(schedule.after(1, null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(schedule.after(2, null)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.after(3, null)).isEqualTo(Duration.ofSeconds(20));
        assertThat(schedule.after(12, null)).isEqualTo(Duration.ofSeconds(5 * 2048));
        assertThat(schedule.after(13, null)).isEqualTo(Duration.ofSeconds(5 * 4096));
        assertThat(schedule.after(14, null)).isEqualTo(MAX);
        assertThat(schedule.after(1_000, null)).isEqualTo(MAX);
    }

    @Test
    void jitterSpreadsAWaitByUpToAFifthEitherWayButNeverBeyondTheMaximum() {
        assertThat(new RetrySchedule(FIRST, MAX, always(0)).after(3, null)).isEqualTo(Duration.ofSeconds(16));
        assertThat(new RetrySchedule(FIRST, MAX, always(0.999_999)).after(3, null).toMillis()).isEqualTo(24_000);
        assertThat(new RetrySchedule(FIRST, MAX, always(0.999_999)).after(20, null)).isEqualTo(MAX);

        RetrySchedule random = new RetrySchedule(FIRST, MAX, new SplittableRandom(7));
        Set<Duration> waits = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Duration wait = random.after(2, null);
            assertThat(wait).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12));
            waits.add(wait);
        }
        assertThat(waits).hasSizeGreaterThan(50);
    }

    @Test
    void aWaitTheReceiverAskedForIsHonouredUpToTheMaximum() {
        RetrySchedule schedule = new RetrySchedule(FIRST, MAX, always(0.5));

        assertThat(schedule.after(1, Duration.ofMinutes(2))).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.after(9, Duration.ZERO)).isEqualTo(Duration.ZERO);
        assertThat(schedule.after(1, Duration.ofDays(2))).isEqualTo(MAX);
    }

    @Test
    void aboutThreeDaysOfRetriesTakeAboutTwentyAttempts() {
        RetrySchedule schedule = new RetrySchedule(FIRST, MAX, always(0.5));
        Duration waited = Duration.ZERO;
        int attempts = 0;
        while (waited.compareTo(Duration.ofDays(3)) < 0) {
            waited = waited.plus(schedule.after(++attempts, null));
        }
        assertThat(attempts).isBetween(20, 25);
    }

    /** A generator whose doubles are always {@code value}; the schedule draws its jitter from doubles alone. */
    private static RandomGenerator always(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("the retry schedule draws doubles only");
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
