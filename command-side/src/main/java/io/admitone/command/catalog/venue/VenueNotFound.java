package io.admitone.command.catalog.venue;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.venue.VenueId;

/** No such venue, or one of another organisation, which must not learn that it exists. */
class VenueNotFound extends DomainRejection {

    VenueNotFound(VenueId venueId) {
        super("venue-not-found", Kind.NOT_FOUND, "No venue " + venueId);
    }
}
