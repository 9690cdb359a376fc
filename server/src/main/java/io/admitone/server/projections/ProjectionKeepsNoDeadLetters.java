package io.admitone.server.projections;

import io.admitone.kernel.DomainRejection;

/** The processor parks no events: it sends commands, and fails and retries instead (see docs/operations.md). */
final class ProjectionKeepsNoDeadLetters extends DomainRejection {

    ProjectionKeepsNoDeadLetters(String name) {
        super("projection-keeps-no-dead-letters", Kind.CONFLICT, "The event processor " + name
                + " keeps no dead letters");
    }
}
