package io.admitone.admin.dashboard.widgets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.ApiPath;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The next performances of the organisation's published events, soonest first. */
@Component
class UpcomingPerformances {

    /** A performance to come, named by its event. */
    record Upcoming(UUID performanceId, String eventTitle, Instant startsAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Event(UUID id, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Performance(UUID id, Instant startsAt, String status) {
    }

    private final AdmitOneApiClient api;

    UpcomingPerformances(AdmitOneApiClient api) {
        this.api = api;
    }

    /** At most {@code limit} performances that start from now on and are not cancelled. */
    List<Upcoming> next(UUID organisation, int limit) {
        Instant now = Instant.now();
        return api.page(ApiPath.of("/api/v1/orgs/{orgId}/events", organisation).with("status", "PUBLISHED")
                        .with("from", now).with("limit", limit), Event.class).items().stream()
                .flatMap(event -> api.page(ApiPath.of("/api/v1/orgs/{orgId}/events/{eventId}/performances",
                                organisation, event.id()).with("from", now).with("limit", limit), Performance.class)
                        .items().stream()
                        .filter(performance -> !"CANCELLED".equals(performance.status()))
                        .map(performance -> new Upcoming(performance.id(), event.title(), performance.startsAt())))
                .sorted(Comparator.comparing(Upcoming::startsAt))
                .limit(limit)
                .toList();
    }
}
