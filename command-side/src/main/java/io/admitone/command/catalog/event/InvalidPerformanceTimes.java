package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;

class InvalidPerformanceTimes extends DomainRejection {

    InvalidPerformanceTimes(String rule) {
        super("invalid-performance-times", Kind.UNPROCESSABLE, "The performance's times are invalid: " + rule);
    }
}
