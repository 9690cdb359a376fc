package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.organisation.TenantId;

/** Opens a performance's inventory partitions from its venue's seat map; partitions already open stay as they are. */
public record OpenInventoryCommand(PerformanceId performanceId, TenantId tenantId, EventId eventId, VenueId venueId) {
}
