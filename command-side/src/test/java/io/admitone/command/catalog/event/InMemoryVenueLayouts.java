package io.admitone.command.catalog.event;

import io.admitone.command.catalog.venue.VenueLayouts;
import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.organisation.TenantId;

import java.util.HashMap;
import java.util.Map;

/** Venue seat maps without venue aggregates, for event fixtures; answers as the port promises. */
class InMemoryVenueLayouts implements VenueLayouts {

    private final Map<VenueId, VenueLayout> layouts = new HashMap<>();

    InMemoryVenueLayouts with(VenueLayout layout) {
        layouts.put(layout.venueId(), layout);
        return this;
    }

    @Override
    public VenueLayout of(TenantId tenantId, VenueId venueId) {
        VenueLayout layout = layouts.get(venueId);
        if (layout == null || !layout.tenantId().equals(tenantId)) {
            throw new VenueNotFound(venueId);
        }
        return layout;
    }

    static final class VenueNotFound extends DomainRejection {
        VenueNotFound(VenueId venueId) {
            super("venue-not-found", Kind.NOT_FOUND, "No venue " + venueId);
        }
    }
}
