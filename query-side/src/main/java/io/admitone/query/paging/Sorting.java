package io.admitone.query.paging;

import org.jooq.Field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The orders a list may be read in, the first being its default, with the id column and getter that break ties
 * so that every order is total and pages neither repeat nor skip an item.
 */
public record Sorting<T>(Map<String, SortKey<T>> keys, String defaultSort, Field<UUID> idField,
                         Function<T, UUID> id) {

    @SafeVarargs
    public static <T> Sorting<T> of(Field<UUID> idField, Function<T, UUID> id, SortKey<T>... keys) {
        Map<String, SortKey<T>> byName = new LinkedHashMap<>();
        for (SortKey<T> key : keys) {
            byName.put(key.name(), key);
        }
        return new Sorting<>(Map.copyOf(byName), keys[0].name(), idField, id);
    }

    /** The same orders, the default one descending: for lists read newest first. */
    public Sorting<T> descendingByDefault() {
        return new Sorting<>(keys, "-" + defaultSort, idField, id);
    }

    /** The key named by {@code sort} without its sign; a 400 naming {@code sort} for an unknown one. */
    SortKey<T> key(String name) {
        SortKey<T> key = keys.get(name);
        if (key == null) {
            throw new InvalidParameter("sort", "Unknown sort '" + name + "'; one of " + names()
                    + ", with a leading '-' for descending");
        }
        return key;
    }

    List<String> names() {
        return keys.keySet().stream().sorted().toList();
    }
}
