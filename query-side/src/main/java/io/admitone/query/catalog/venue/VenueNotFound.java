package io.admitone.query.catalog.venue;

import io.admitone.kernel.DomainRejection;

import java.util.UUID;

/** No such venue in the organisation, or not yet in the read model; another organisation's venue is not found either. */
class VenueNotFound extends DomainRejection {

    VenueNotFound(UUID venueId) {
        super("venue-not-found", Kind.NOT_FOUND, "No venue " + venueId);
    }
}
