package io.admitone.server.projections;

import io.admitone.kernel.DomainRejection;

/** A rebuild already runs on this instance; shadow tables are built one projection at a time. */
final class ProjectionRebuildRunning extends DomainRejection {

    ProjectionRebuildRunning() {
        super("projection-rebuild-running", Kind.CONFLICT, "A projection rebuild is already running here");
    }
}
