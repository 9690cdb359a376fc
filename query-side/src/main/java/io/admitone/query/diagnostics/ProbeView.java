package io.admitone.query.diagnostics;

import java.time.Instant;
import java.util.UUID;

/** A probe as the read model knows it; {@code echoedAt} is null until the echo came back. */
public record ProbeView(UUID probeId, String label, String status, Instant startedAt, Instant echoAt,
                        Instant echoedAt, long position) {

    static ProbeView of(UUID probeId, String label, Instant startedAt, Instant echoAt, Instant echoedAt,
                        Long position) {
        return new ProbeView(probeId, label, echoedAt == null ? "PENDING" : "ECHOED", startedAt, echoAt, echoedAt,
                position);
    }
}
