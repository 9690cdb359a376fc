package io.admitone.query.catalog.venue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A venue with its sections in map order; the seats themselves are the seat map's. */
public record VenueView(UUID id, String name, String timeZone, String city, String address, int seatCount,
                        int capacity, Instant createdAt, Instant updatedAt, List<Section> sections) {

    /**
     * {@code kind} is {@code SEATED} or {@code STANDING}; {@code priceZone} is a seated section's default zone and
     * {@code priceZones} the zones its seats are sold in; {@code capacity} is how many it holds: a seated section's
     * seats, a standing section's places.
     */
    public record Section(String name, String kind, String priceZone, List<String> priceZones, int rowCount,
                          int seatCount, int capacity) {

        static Section of(String name, String kind, String priceZone, String[] priceZones, int rowCount,
                          int seatCount, int capacity) {
            return new Section(name, kind, priceZone, List.of(priceZones), rowCount, seatCount, capacity);
        }
    }
}
