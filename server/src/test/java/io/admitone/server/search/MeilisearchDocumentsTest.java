package io.admitone.server.search;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.admitone.kernel.money.Money;
import io.admitone.projections.search.SearchDocument;
import io.admitone.query.search.EventSearchHit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A document reads back as the hit it was written from, through JSON as Meilisearch answers it. */
class MeilisearchDocumentsTest {

    @Test
    void aDocumentReadsBackAsItsHit() {
        UUID event = UUID.randomUUID();
        Instant startsAt = Instant.parse("2030-03-10T19:30:00Z");
        SearchDocument document = new SearchDocument(event, UUID.randomUUID(), "Tosca", "Puccini", "opera",
                List.of("puccini"), "Globe", "London", startsAt, startsAt.plusSeconds(10_800), "2030-03",
                new BigDecimal("49.5000"), "EUR", "25-to-50", true);

        List<HashMap<String, Object>> stored = new Gson().fromJson(MeilisearchDocuments.toJson(List.of(document)),
                new TypeToken<List<HashMap<String, Object>>>() { }.getType());

        assertThat(stored.getFirst()).containsEntry("tenantId", document.tenantId().toString())
                .containsEntry("startsMonth", "2030-03").containsEntry("priceBand", "25-to-50");
        assertThat(MeilisearchDocuments.hit(stored.getFirst())).isEqualTo(new EventSearchHit(event, "Tosca", "Puccini",
                "opera", List.of("puccini"), "Globe", "London", startsAt, startsAt.plusSeconds(10_800),
                Money.of("49.50", "EUR"), true));
    }
}
