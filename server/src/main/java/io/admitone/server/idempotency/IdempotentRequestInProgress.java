package io.admitone.server.idempotency;

import io.admitone.kernel.DomainRejection;

/** The first request with this key is still running after the repeat waited as long as it may. */
class IdempotentRequestInProgress extends DomainRejection {

    IdempotentRequestInProgress() {
        super("idempotency-request-in-progress", Kind.CONFLICT,
                "A request with this Idempotency-Key is still being processed; retry later");
    }
}
