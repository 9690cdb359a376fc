package io.admitone.command.diagnostics.probe;

import io.admitone.kernel.DomainRejection;

import java.time.Duration;

class EchoDelayOutOfRange extends DomainRejection {

    EchoDelayOutOfRange(Duration requested, Duration maximum) {
        super("echo-delay-out-of-range", Kind.UNPROCESSABLE,
                "echoAfter must lie between PT0S and " + maximum + ", not " + requested);
    }
}
