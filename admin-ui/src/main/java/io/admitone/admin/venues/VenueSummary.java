package io.admitone.admin.venues;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** A venue as the venues list shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VenueSummary(UUID id, String name, String timeZone, String city, String address, int seatCount,
                           int capacity) {
}
