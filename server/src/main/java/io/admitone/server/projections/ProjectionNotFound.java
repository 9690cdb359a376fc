package io.admitone.server.projections;

import io.admitone.kernel.DomainRejection;

/** No event processor of that name runs in this process. */
final class ProjectionNotFound extends DomainRejection {

    ProjectionNotFound(String name) {
        super("projection-not-found", Kind.NOT_FOUND, "No event processor " + name + " runs here");
    }
}
