package io.admitone.kernel.catalog.venue;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

public record VenueDetailsChanged(VenueId venueId, TenantId tenantId, String name, String timeZone, String city,
                                  String address, Instant changedAt) implements VenueEvent {
}
