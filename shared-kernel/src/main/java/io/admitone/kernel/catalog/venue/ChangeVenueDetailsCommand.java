package io.admitone.kernel.catalog.venue;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a venue's name, time zone, city and address; its seat map stays as it is. */
public record ChangeVenueDetailsCommand(@TargetAggregateIdentifier VenueId venueId, TenantId tenantId, String name,
                                        String timeZone, String city, String address) {
}
