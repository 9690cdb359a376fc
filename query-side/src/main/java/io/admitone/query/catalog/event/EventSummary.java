package io.admitone.query.catalog.event;

import io.admitone.kernel.catalog.event.EventStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event as lists show it. {@code firstStartsAt} and {@code lastEndsAt} span its performances that are not
 * cancelled; {@code updatedAt} moves whenever the event, a performance or a ticket type of it changes.
 */
public record EventSummary(UUID id, UUID venueId, String title, String description, String category,
                           List<String> tags, String imageUrl, EventStatus status, Instant firstStartsAt,
                           Instant lastEndsAt, Instant publishedAt, Instant createdAt, Instant updatedAt) {

    static EventSummary of(UUID id, UUID venueId, String title, String description, String category, String[] tags,
                           String imageUrl, String status, Instant firstStartsAt, Instant lastEndsAt,
                           Instant publishedAt, Instant createdAt, Instant updatedAt) {
        return new EventSummary(id, venueId, title, description, category, List.of(tags), imageUrl,
                EventStatus.valueOf(status), firstStartsAt, lastEndsAt, publishedAt, createdAt, updatedAt);
    }
}
