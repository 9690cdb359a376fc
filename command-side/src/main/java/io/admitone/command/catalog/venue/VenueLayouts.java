package io.admitone.command.catalog.venue;

import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.organisation.TenantId;

/** The seat maps of venues, for the command handlers of the rest of the catalog. */
public interface VenueLayouts {

    /**
     * The venue's layout. A venue that does not exist, or belongs to another organisation, is rejected as not found
     * (a {@code DomainRejection} of kind {@code NOT_FOUND}, code {@code venue-not-found}).
     */
    VenueLayout of(TenantId tenantId, VenueId venueId);
}
