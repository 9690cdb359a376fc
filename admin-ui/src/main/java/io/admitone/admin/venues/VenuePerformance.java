package io.admitone.admin.venues;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.catalog.Times;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A performance held at a venue, for choosing whose seat status the venue's map shows. */
record VenuePerformance(UUID id, String eventTitle, Instant startsAt, String status) {

    /** Only the events starting soonest are offered: a venue's whole history would be no choice at all. */
    static final int EVENTS_OFFERED = 20;

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record EventItem(UUID id, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record PerformanceItem(UUID id, Instant startsAt, String status) {
    }

    static List<VenuePerformance> at(AdmitOneApiClient api, UUID organisation, UUID venue) {
        return api.page(ApiPath.of("/api/v1/orgs/{orgId}/events", organisation).with("venueId", venue)
                        .with("limit", EVENTS_OFFERED), EventItem.class).items().stream()
                .flatMap(event -> api.page(ApiPath.of("/api/v1/orgs/{orgId}/events/{eventId}/performances",
                                organisation, event.id()).with("limit", 200), PerformanceItem.class).items().stream()
                        .map(performance -> new VenuePerformance(performance.id(), event.title(),
                                performance.startsAt(), performance.status())))
                .toList();
    }

    String label(ZoneId zone) {
        String suffix = "SCHEDULED".equals(status) ? "" : " (" + status.toLowerCase(Locale.ROOT) + ")";
        return eventTitle + " · " + Times.shown(startsAt, zone) + suffix;
    }
}
