package io.admitone.query.catalog.venue;

import java.time.Instant;
import java.util.UUID;

/** A venue as lists show it: its details and totals, without its seat map. */
public record VenueSummary(UUID id, String name, String timeZone, String city, String address, int seatCount,
                           int capacity, Instant createdAt, Instant updatedAt) {
}
