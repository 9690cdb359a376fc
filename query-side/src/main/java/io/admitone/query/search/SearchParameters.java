package io.admitone.query.search;

import io.admitone.kernel.organisation.TenantId;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The query parameters of {@code GET /search/events}, bound and validated as one object, so that a value that is
 * not of its type or out of range is answered 400 naming the parameter.
 */
record SearchParameters(@Size(max = 200) String q, @Size(max = 32) String category, @Size(max = 100) String city,
                        Instant from, Instant to, @DecimalMin("0") BigDecimal priceMax, Boolean available,
                        @Min(1) @Max(100) Integer limit, @Size(max = 32) @SearchCursorFormat String cursor) {

    static final int DEFAULT_LIMIT = 20;

    EventSearchQuery toQuery(TenantId tenant) {
        return new EventSearchQuery(tenant, q, blankToNull(category), blankToNull(city), from, to, priceMax,
                available, limit == null ? DEFAULT_LIMIT : limit, cursor);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
