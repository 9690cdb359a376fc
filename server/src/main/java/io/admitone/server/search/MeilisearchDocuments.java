package io.admitone.server.search;

import com.google.gson.Gson;
import io.admitone.kernel.money.Money;
import io.admitone.projections.search.SearchDocument;
import io.admitone.query.search.EventSearchHit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Search documents as Meilisearch holds them: instants as epoch seconds and the lowest price as a number, so that
 * they can be filtered and sorted by range; the price also as a decimal string, so that it reads back exactly.
 */
final class MeilisearchDocuments {

    private static final Gson JSON = new Gson();

    private MeilisearchDocuments() {
    }

    static String toJson(List<SearchDocument> documents) {
        return JSON.toJson(documents.stream().map(MeilisearchDocuments::fields).toList());
    }

    static EventSearchHit hit(Map<String, Object> document) {
        Object amount = document.get("fromPriceAmount");
        Money fromPrice = amount == null ? null : new Money(new BigDecimal((String) amount), (String) document.get("currency"));
        @SuppressWarnings("unchecked")
        List<String> tags = (List<String>) document.getOrDefault("tags", List.of());
        return new EventSearchHit(UUID.fromString((String) document.get(MeilisearchEventIndex.PRIMARY_KEY)),
                (String) document.get("title"), (String) document.get("description"),
                (String) document.get("category"), tags, (String) document.get("venueName"),
                (String) document.get("city"), instant(document.get("startsAt")), instant(document.get("endsAt")),
                fromPrice, Boolean.TRUE.equals(document.get("available")));
    }

    private static Map<String, Object> fields(SearchDocument document) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(MeilisearchEventIndex.PRIMARY_KEY, document.eventId().toString());
        fields.put("tenantId", document.tenantId().toString());
        fields.put("title", document.title());
        fields.put("description", document.description());
        fields.put("category", document.category());
        fields.put("tags", document.tags());
        fields.put("venueName", document.venueName());
        fields.put("city", document.city());
        fields.put("startsAt", epochSeconds(document.startsAt()));
        fields.put("endsAt", epochSeconds(document.endsAt()));
        fields.put("startsMonth", document.startsMonth());
        fields.put("fromPrice", document.fromPrice() == null ? null : document.fromPrice().doubleValue());
        fields.put("fromPriceAmount", document.fromPrice() == null ? null : document.fromPrice().toPlainString());
        fields.put("currency", document.currency());
        fields.put("priceBand", document.priceBand());
        fields.put("available", document.available());
        return fields;
    }

    private static Long epochSeconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }

    private static Instant instant(Object epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(((Number) epochSeconds).longValue());
    }
}
