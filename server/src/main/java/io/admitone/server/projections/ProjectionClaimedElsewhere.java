package io.admitone.server.projections;

import io.admitone.kernel.DomainRejection;

/** Another instance holds segments of the processor; a reset needs them all, so it must be stopped there first. */
final class ProjectionClaimedElsewhere extends DomainRejection {

    ProjectionClaimedElsewhere(String name) {
        super("projection-claimed-elsewhere", Kind.CONFLICT,
                "Another instance processes segments of " + name + "; stop it there before replaying");
    }
}
