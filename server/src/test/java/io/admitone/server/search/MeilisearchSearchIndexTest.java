package io.admitone.server.search;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

/**
 * The search contract against Meilisearch, on the server that {@code ADMITONE_TEST_MEILISEARCH_URL} names (with
 * {@code ADMITONE_TEST_MEILISEARCH_API_KEY} if it needs one), in an index of its own; skipped without one.
 */
class MeilisearchSearchIndexTest extends SearchIndexContract {

    private static final String URL = System.getenv("ADMITONE_TEST_MEILISEARCH_URL");

    @BeforeAll
    static void meilisearchIsThere() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "Meilisearch contract skipped: set ADMITONE_TEST_MEILISEARCH_URL to a Meilisearch server to run it");
    }

    @DynamicPropertySource
    static void meilisearch(DynamicPropertyRegistry registry) {
        registry.add("admitone.search.meilisearch.url", () -> URL);
        registry.add("admitone.search.meilisearch.api-key",
                () -> System.getenv().getOrDefault("ADMITONE_TEST_MEILISEARCH_API_KEY", ""));
        registry.add("admitone.search.meilisearch.index", () -> "events-test-" + UUID.randomUUID());
    }
}
