package io.admitone.command.diagnostics.probe;

import io.admitone.kernel.diagnostics.ProbeId;

/** The payload of a probe's echo deadline; it is stored with the deadline until it fires. */
public record EchoDue(ProbeId probeId) {
}
