package io.admitone.kernel.diagnostics;

import java.time.Instant;

public record ProbeStarted(ProbeId probeId, String label, Instant echoAt) implements ProbeEvent {
}
