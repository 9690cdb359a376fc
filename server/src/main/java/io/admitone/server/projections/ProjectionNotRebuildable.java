package io.admitone.server.projections;

import io.admitone.kernel.DomainRejection;

/** The processor cannot be rebuilt: it cannot be replayed, or no read tables are declared for it. */
final class ProjectionNotRebuildable extends DomainRejection {

    ProjectionNotRebuildable(String name) {
        super("projection-not-rebuildable", Kind.CONFLICT, "The event processor " + name
                + " cannot be rebuilt: it cannot be replayed or owns no declared read tables");
    }
}
