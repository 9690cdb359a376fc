package io.admitone.command.catalog.venue;

import java.time.ZoneId;

/** A venue's name, time zone, city and address, validated and in canonical form so equal details compare equal. */
record VenueDetails(String name, String timeZone, String city, String address) {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_CITY_LENGTH = 100;
    static final int MAX_ADDRESS_LENGTH = 500;

    static VenueDetails validated(String name, String timeZone, String city, String address) {
        return new VenueDetails(name(name), zone(timeZone), optional("city", city, MAX_CITY_LENGTH),
                optional("address", address, MAX_ADDRESS_LENGTH));
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidVenueDetails("name", name, "non-blank text of at most " + MAX_NAME_LENGTH + " characters");
        }
        return name.strip();
    }

    /** Only region ids: performances are sold in local time, and fixed offsets ignore daylight saving time. */
    private static String zone(String zone) {
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidVenueDetails("timeZone", zone, "a time-zone region id such as Europe/Berlin");
        }
        return zone;
    }

    /** Blank means none, so that a client may clear a field by sending an empty string. */
    private static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > maxLength) {
            throw new InvalidVenueDetails(field, value, "at most " + maxLength + " characters");
        }
        return value.strip();
    }
}
