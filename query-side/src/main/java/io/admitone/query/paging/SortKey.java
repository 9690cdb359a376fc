package io.admitone.query.paging;

import org.jooq.Field;

import java.util.function.Function;

/**
 * One order a list may be read in, named as in {@code ?sort=name} ({@code -name} for descending): a key expression
 * that is never null (coalesce a nullable column), and how to read that key back from an item for the cursor, as
 * text PostgreSQL can cast to the key's type.
 */
public record SortKey<T>(String name, Field<?> key, Function<T, String> value) {
}
