package io.admitone.server.waitingroom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How fast waiting rooms admit, how long an admission lasts, and when a room switches itself on. Queue data is
 * kept for {@code retention} after the last join; it must outlast an admission, so that positions are never
 * reused while a token for them can still be valid.
 */
@ConfigurationProperties("admitone.waiting-room")
public record WaitingRoomProperties(
        @DefaultValue("0") long autoThreshold,
        @DefaultValue("50") long admissionsPerSecond,
        @DefaultValue("PT10M") Duration admissionValidity,
        @DefaultValue("PT0.25S") Duration tickInterval,
        @DefaultValue("P1D") Duration retention) {

    public WaitingRoomProperties {
        if (autoThreshold < 0) {
            throw new IllegalStateException("admitone.waiting-room.auto-threshold must be 0 (off) or more");
        }
        if (admissionsPerSecond < 1) {
            throw new IllegalStateException("admitone.waiting-room.admissions-per-second must be at least 1");
        }
        if (!admissionValidity.isPositive() || !tickInterval.isPositive()) {
            throw new IllegalStateException("admitone.waiting-room.admission-validity and tick-interval must be positive");
        }
        if (retention.compareTo(admissionValidity.multipliedBy(2)) < 0) {
            throw new IllegalStateException("admitone.waiting-room.retention must be at least twice the admission validity");
        }
    }
}
