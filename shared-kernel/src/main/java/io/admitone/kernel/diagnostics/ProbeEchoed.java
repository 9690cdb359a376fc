package io.admitone.kernel.diagnostics;

import java.time.Instant;

public record ProbeEchoed(ProbeId probeId, Instant echoedAt) implements ProbeEvent {
}
