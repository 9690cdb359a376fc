package io.admitone.server.search;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.search.EventSearchQuery;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MeilisearchFiltersTest {

    private static final TenantId TENANT = TenantId.of("6a1f1d2e-1f65-4f0e-9a53-8d4f0c1b2a3c");

    @Test
    void theTenantIsAlwaysFilteredAndNothingElseUnlessAsked() {
        assertThat(MeilisearchFilters.of(EventSearchQuery.all(TENANT, 10)))
                .containsExactly("tenantId = \"6a1f1d2e-1f65-4f0e-9a53-8d4f0c1b2a3c\"");
    }

    @Test
    void everyFilterBecomesAConditionOfItsAttribute() {
        EventSearchQuery query = new EventSearchQuery(TENANT, "x", "opera", "Berlin",
                Instant.parse("2030-04-01T00:00:00Z"), Instant.parse("2030-05-01T00:00:00Z"), new BigDecimal("60.5"),
                false, 10, null);

        assertThat(MeilisearchFilters.of(query)).containsExactly(
                "tenantId = \"6a1f1d2e-1f65-4f0e-9a53-8d4f0c1b2a3c\"", "category = \"opera\"", "city = \"Berlin\"",
                "endsAt >= 1901232000", "startsAt < 1903824000", "fromPrice <= 60.5", "available = false");
    }

    @Test
    void aQuotedValueCannotEndItsQuotesEarly() {
        EventSearchQuery query = new EventSearchQuery(TENANT, null, null, "x\" OR tenantId != \"\\", null, null, null,
                null, 10, null);

        assertThat(MeilisearchFilters.of(query)[1]).isEqualTo("city = \"x\\\" OR tenantId != \\\"\\\\\"");
    }
}
