package io.admitone.projections.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published event as a search engine indexes it: the searchable text, and the values that filters, facets and
 * sorting use. {@code startsAt} and {@code endsAt} are null while the event has no performance that is not
 * cancelled; {@code fromPrice}, {@code currency} and {@code priceBand} while it has no visible ticket type.
 */
public record SearchDocument(UUID eventId, UUID tenantId, String title, String description, String category,
                             List<String> tags, String venueName, String city, Instant startsAt, Instant endsAt,
                             String startsMonth, BigDecimal fromPrice, String currency, String priceBand,
                             boolean available) {

    public SearchDocument {
        tags = List.copyOf(tags);
    }
}
