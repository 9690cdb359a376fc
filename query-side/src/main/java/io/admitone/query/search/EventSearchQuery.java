package io.admitone.query.search;

import io.admitone.kernel.organisation.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A search of one organisation's published events. Every filter is optional (null): {@code text} matches the
 * title, tags, category, venue, city and description, tolerating typos; {@code category} and {@code city} match
 * exactly, ignoring case; an event matches {@code from}/{@code to} when its performances span any time between
 * them; {@code priceMax} bounds its lowest price; {@code available} asks for events with free places (true) or sold
 * out ones (false). {@code cursor} is the {@code nextCursor} of the page before, null for the first page.
 */
public record EventSearchQuery(TenantId tenant, String text, String category, String city, Instant from, Instant to,
                               BigDecimal priceMax, Boolean available, int limit, String cursor) {

    public EventSearchQuery {
        Objects.requireNonNull(tenant, "tenant");
        text = text == null || text.isBlank() ? null : text.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /** The first page of everything published, for tests and callers that filter nothing. */
    public static EventSearchQuery all(TenantId tenant, int limit) {
        return new EventSearchQuery(tenant, null, null, null, null, null, null, null, limit, null);
    }

    public EventSearchQuery withText(String newText) {
        return new EventSearchQuery(tenant, newText, category, city, from, to, priceMax, available, limit, cursor);
    }

    /** How many results the pages before this one hold. */
    public int offset() {
        return SearchCursor.offset(cursor);
    }
}
