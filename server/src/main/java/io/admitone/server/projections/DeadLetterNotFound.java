package io.admitone.server.projections;

import io.admitone.kernel.DomainRejection;

import java.util.UUID;

/** No dead letter of that id is parked for the projection. */
final class DeadLetterNotFound extends DomainRejection {

    DeadLetterNotFound(String name, UUID id) {
        super("dead-letter-not-found", Kind.NOT_FOUND, "No dead letter " + id + " is parked for " + name);
    }
}
