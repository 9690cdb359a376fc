package io.admitone.kernel.catalog.venue;

import io.admitone.kernel.organisation.TenantId;

public sealed interface VenueEvent permits VenueCreated, VenueDetailsChanged {

    VenueId venueId();

    TenantId tenantId();
}
