package io.admitone.command.catalog.venue;

import io.admitone.kernel.DomainRejection;

/** A venue's name, time zone, city or address that breaks its rule. */
class InvalidVenueDetails extends DomainRejection {

    InvalidVenueDetails(String field, String value, String rule) {
        super("invalid-venue-details", Kind.UNPROCESSABLE,
                field + " must be " + rule + ", not " + (value == null ? "missing" : "'" + value + "'"));
    }
}
