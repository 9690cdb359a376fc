package io.admitone.server.projections;

import io.admitone.kernel.DomainRejection;

/** The processor cannot be reset: it has no reset handler, or its handlers send commands that a replay would repeat. */
final class ProjectionNotReplayable extends DomainRejection {

    ProjectionNotReplayable(String name) {
        super("projection-not-replayable", Kind.CONFLICT, "The event processor " + name + " cannot be replayed");
    }
}
