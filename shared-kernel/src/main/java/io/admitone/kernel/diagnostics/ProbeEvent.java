package io.admitone.kernel.diagnostics;

public sealed interface ProbeEvent permits ProbeStarted, ProbeEchoed {

    ProbeId probeId();
}
