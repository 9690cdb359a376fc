package io.admitone.server.idempotency;

import io.admitone.kernel.DomainRejection;

/** The key was used before for another request: another method, path or body. */
class IdempotencyKeyReused extends DomainRejection {

    IdempotencyKeyReused() {
        super("idempotency-key-reused", Kind.UNPROCESSABLE,
                "This Idempotency-Key was already used for a different request; use a new key for a new request");
    }
}
