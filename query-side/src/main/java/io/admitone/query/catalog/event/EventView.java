package io.admitone.query.catalog.event;

import io.admitone.kernel.catalog.event.EventStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event with its performances (by start) and the ticket types its reader may see (by price). */
public record EventView(UUID id, UUID venueId, String title, String description, String category, List<String> tags,
                        String imageUrl, EventStatus status, Instant firstStartsAt, Instant lastEndsAt,
                        Instant publishedAt, Instant createdAt, Instant updatedAt, List<PerformanceView> performances,
                        List<TicketTypeView> ticketTypes) {

    static EventView of(EventSummary event, List<PerformanceView> performances, List<TicketTypeView> ticketTypes) {
        return new EventView(event.id(), event.venueId(), event.title(), event.description(), event.category(),
                event.tags(), event.imageUrl(), event.status(), event.firstStartsAt(), event.lastEndsAt(),
                event.publishedAt(), event.createdAt(), event.updatedAt(), performances, ticketTypes);
    }
}
