package io.admitone.query.paging;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A checked page request of a list read in id order: fetch up to {@code limit + 1} rows with an id greater than
 * {@code after} (null on the first page), then {@link #page(List, Function)}.
 */
public record IdPage(UUID after, int limit) {

    static final String SORT = "id";

    public <T> CursorPage<T> page(List<T> rows, Function<T, UUID> id) {
        if (rows.size() <= limit) {
            return new CursorPage<>(rows, null);
        }
        UUID last = id.apply(rows.get(limit - 1));
        return new CursorPage<>(List.copyOf(rows.subList(0, limit)), new Cursor(SORT, last.toString(), last).encode());
    }
}
