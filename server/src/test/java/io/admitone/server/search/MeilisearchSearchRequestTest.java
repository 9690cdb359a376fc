package io.admitone.server.search;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.meilisearch.sdk.Client;
import com.meilisearch.sdk.Config;
import com.sun.net.httpserver.HttpServer;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.search.EventSearchQuery;
import io.admitone.query.search.EventSearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the adapter sends to Meilisearch's search route and how it reads the answer, against a stand-in that answers
 * as Meilisearch does: no Meilisearch server can run in this build.
 */
class MeilisearchSearchRequestTest {

    private static final TenantId TENANT = TenantId.of("6a1f1d2e-1f65-4f0e-9a53-8d4f0c1b2a3c");
    private static final UUID EVENT = UUID.fromString("0b6c7a52-3d0e-4a43-9d0c-5b3f7c2f8e11");
    private static final String ANSWER = """
            {"hits": [{"id": "%s", "tenantId": "%s", "title": "Tosca", "category": "opera", "tags": ["puccini"],
                       "venueName": "Globe", "city": "London", "startsAt": 1901232000, "endsAt": 1901242800,
                       "fromPrice": 49.5, "fromPriceAmount": "49.5000", "currency": "EUR", "available": true},
                      {"id": "%s", "title": "Aida", "category": "opera", "tags": [], "available": false}],
             "facetDistribution": {"category": {"opera": 7}, "city": {"London": 7},
                                   "available": {"true": 5, "false": 2}},
             "offset": 0, "limit": 2, "estimatedTotalHits": 7, "processingTimeMs": 1, "query": "tosca"}
            """.formatted(EVENT, TENANT, UUID.randomUUID());

    private final AtomicReference<String> requestBody = new AtomicReference<>();
    private final AtomicReference<String> requestPath = new AtomicReference<>();
    private HttpServer meilisearch;

    @BeforeEach
    void standIn() throws IOException {
        meilisearch = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        meilisearch.createContext("/", exchange -> {
            requestPath.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            requestBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = ANSWER.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        meilisearch.start();
    }

    @AfterEach
    void stop() {
        meilisearch.stop(0);
    }

    @Test
    void aSearchAsksForOnePageMoreWithTheTenantFilterAndReadsHitsAndFacets() {
        String url = "http://127.0.0.1:" + meilisearch.getAddress().getPort();
        var index = new MeilisearchSearchIndex(new MeilisearchEventIndex(new Client(new Config(url, "key")), "events"));

        EventSearchResult result = index.search(new EventSearchQuery(TENANT, "tosca", "opera", null, null, null, null,
                null, 1, null)).block();

        assertThat(requestPath.get()).isEqualTo("POST /indexes/events/search");
        JsonObject sent = new Gson().fromJson(requestBody.get(), JsonObject.class);
        assertThat(sent.get("q").getAsString()).isEqualTo("tosca");
        assertThat(sent.get("filter").toString())
                .isEqualTo("[\"tenantId = \\\"" + TENANT + "\\\"\",\"category = \\\"opera\\\"\"]");
        assertThat(sent.get("facets").toString())
                .isEqualTo("[\"category\",\"city\",\"startsMonth\",\"priceBand\",\"available\"]");
        assertThat(sent.get("sort").toString()).isEqualTo("[\"startsAt:asc\",\"id:asc\"]");
        assertThat(sent.get("limit").getAsInt()).isEqualTo(2);
        assertThat(sent.get("offset").getAsInt()).isZero();

        assertThat(result.items()).hasSize(1);
        assertThat(result.items().getFirst().id()).isEqualTo(EVENT);
        assertThat(result.items().getFirst().startsAt()).isEqualTo(Instant.parse("2030-04-01T00:00:00Z"));
        assertThat(result.items().getFirst().fromPrice()).isEqualTo(Money.of("49.50", "EUR"));
        assertThat(result.nextCursor()).isNotNull();
        assertThat(result.facets().category()).isEqualTo(Map.of("opera", 7L));
        assertThat(result.facets().availability()).isEqualTo(Map.of("available", 5L, "sold-out", 2L));
        assertThat(result.facets().month()).isEmpty();
    }
}
