package io.admitone.server.search;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

/**
 * The search contract against Meilisearch, on the server that {@code ADMITONE_TEST_MEILISEARCH_URL} names (with
 * {@code ADMITONE_TEST_MEILISEARCH_KEY} if it needs one), in an index of its own; skipped without one.
 */
class MeilisearchSearchIndexTest extends SearchIndexContract {

    private static final String URL = System.getenv("ADMITONE_TEST_MEILISEARCH_URL");
    private static final String SKIPPED =
            "Meilisearch contract skipped: set ADMITONE_TEST_MEILISEARCH_URL to a Meilisearch server to run it";

    /** Says so in the build's output too, where a skipped class would otherwise pass unnoticed. */
    @BeforeAll
    static void meilisearchIsThere() {
        boolean there = URL != null && !URL.isBlank();
        if (!there) {
            LoggerFactory.getLogger(MeilisearchSearchIndexTest.class).warn(SKIPPED);
        }
        Assumptions.assumeTrue(there, SKIPPED);
    }

    @DynamicPropertySource
    static void meilisearch(DynamicPropertyRegistry registry) {
        registry.add("admitone.search.meilisearch.url", () -> URL);
        registry.add("admitone.search.meilisearch.api-key",
                () -> System.getenv().getOrDefault("ADMITONE_TEST_MEILISEARCH_KEY", ""));
        registry.add("admitone.search.meilisearch.index", () -> "events-test-" + UUID.randomUUID());
    }
}
