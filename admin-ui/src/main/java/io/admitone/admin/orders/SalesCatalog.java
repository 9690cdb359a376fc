package io.admitone.admin.orders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.session.AdminSession;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the order and check-in screens read of the organisation's catalog to name things: its events and
 * performances, the ticket types of an order's event, and the organisation's time zone.
 */
@Component
public class SalesCatalog {

    /** A performance that began this long ago is still offered at the door. */
    private static final Duration STILL_ADMITTING = Duration.ofHours(12);
    private static final int EVENTS_OFFERED = 200;

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Organisation(Settings settings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record Settings(String timeZone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record TicketOfOrder(UUID performanceId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record PerformanceOfEvent(UUID eventId) {
    }

    private final AdmitOneApiClient api;

    public SalesCatalog(AdmitOneApiClient api) {
        this.api = api;
    }

    /** Times in the organisation's zone; in UTC, said so, when the organisation cannot be read. */
    public Times times() {
        try {
            Organisation organisation = api.get(ApiPath.of("/api/v1/orgs/{orgId}", org()), Organisation.class);
            String zone = organisation.settings() == null ? null : organisation.settings().timeZone();
            return new Times(zone == null ? ZoneOffset.UTC : ZoneId.of(zone));
        } catch (AdmitOneApiException e) {
            // The screen's own reads fail the same way and say why; times can still be shown.
            return new Times(ZoneOffset.UTC);
        }
    }

    List<EventChoice> events() {
        return api.page(ApiPath.of("/api/v1/orgs/{orgId}/events", org()).with("limit", EVENTS_OFFERED),
                EventChoice.class).items();
    }

    List<PerformanceChoice> performancesOf(UUID eventId) {
        return event(eventId).choices();
    }

    /** The performances of published events that start from a little before {@code now} on, soonest first. */
    public List<PerformanceChoice> upcomingPerformances(Instant now) {
        Instant earliest = now.minus(STILL_ADMITTING);
        ApiPath published = ApiPath.of("/api/v1/orgs/{orgId}/events", org()).with("status", "PUBLISHED")
                .with("from", earliest).with("limit", EVENTS_OFFERED);
        return api.page(published, EventChoice.class).items().stream()
                .flatMap(event -> performancesOf(event.id()).stream())
                .filter(performance -> !performance.startsAt().isBefore(earliest))
                .sorted(Comparator.comparing(PerformanceChoice::startsAt))
                .toList();
    }

    /** Where the order's tickets admit to; unknown while the order has no tickets (unpaid, or not projected yet). */
    OrderContext contextOf(UUID orderId) {
        ApiPath tickets = ApiPath.of("/api/v1/orgs/{orgId}/tickets", org()).with("orderId", orderId).with("limit", 1);
        return api.page(tickets, TicketOfOrder.class).items().stream().findFirst()
                .map(ticket -> contextOfPerformance(ticket.performanceId()))
                .orElse(OrderContext.UNKNOWN);
    }

    private OrderContext contextOfPerformance(UUID performanceId) {
        UUID eventId = api.get(ApiPath.of("/api/v1/orgs/{orgId}/performances/{performanceId}", org(), performanceId),
                PerformanceOfEvent.class).eventId();
        EventDetail event = event(eventId);
        PerformanceChoice performance = event.choices().stream()
                .filter(choice -> choice.id().equals(performanceId)).findFirst().orElse(null);
        return new OrderContext(performance, event.ticketTypes().stream()
                .collect(Collectors.toMap(EventDetail.TicketType::id, Function.identity())));
    }

    private EventDetail event(UUID eventId) {
        return api.get(ApiPath.of("/api/v1/orgs/{orgId}/events/{eventId}", org(), eventId), EventDetail.class);
    }

    private static UUID org() {
        return AdminSession.requireOrganisation();
    }
}
