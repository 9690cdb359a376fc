package io.admitone.query.graphql;

import reactor.core.publisher.Flux;

import java.util.UUID;

/** Changes of a performance's availability as the availability projection announces them, from any instance. */
public interface AvailabilityChanges {

    /**
     * The performance's id once listening has begun, so that a reader who then reads misses no change, and again
     * each time its availability changed; until cancelled.
     */
    Flux<UUID> of(UUID performanceId);
}
