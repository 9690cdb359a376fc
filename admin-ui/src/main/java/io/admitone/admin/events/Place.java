package io.admitone.admin.events;

import io.admitone.admin.venues.VenueDetail;

import java.util.List;
import java.util.stream.Stream;

/** What a ticket type sells: the places of a standing section, or the seats of a price zone. */
record Place(boolean standing, String name) {

    static List<Place> of(VenueDetail venue) {
        return Stream.concat(venue.standingSections().stream().map(section -> new Place(true, section)),
                venue.priceZones().stream().map(zone -> new Place(false, zone))).toList();
    }

    static Place of(EventDetail.TicketType type) {
        return type.section() != null ? new Place(true, type.section()) : new Place(false, type.priceZone());
    }

    String label() {
        return (standing ? "Standing section " : "Seats in price zone ") + name;
    }
}
