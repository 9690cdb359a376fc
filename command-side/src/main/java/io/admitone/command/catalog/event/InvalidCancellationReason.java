package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;

class InvalidCancellationReason extends DomainRejection {

    InvalidCancellationReason(int maxLength) {
        super("invalid-cancellation-reason", Kind.UNPROCESSABLE,
                "A cancellation needs a reason of 1 to " + maxLength + " characters");
    }
}
