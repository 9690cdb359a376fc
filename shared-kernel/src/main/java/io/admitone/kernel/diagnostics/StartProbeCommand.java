package io.admitone.kernel.diagnostics;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Starts a probe that the platform echoes back once {@code echoAt} has passed. */
public record StartProbeCommand(@TargetAggregateIdentifier ProbeId probeId, String label, Instant echoAt) {
}
