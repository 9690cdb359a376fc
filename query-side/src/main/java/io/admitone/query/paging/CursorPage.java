package io.admitone.query.paging;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A page of a list ordered by id: {@code nextCursor} is the last id of this page, to pass as {@code cursor} for the
 * next one, and null on the last page.
 */
public record CursorPage<T>(List<T> items, UUID nextCursor) {

    /** Builds the page from up to {@code limit + 1} rows: one row more than the page says that another page follows. */
    public static <T> CursorPage<T> of(List<T> rows, int limit, Function<T, UUID> id) {
        return rows.size() > limit
                ? new CursorPage<>(List.copyOf(rows.subList(0, limit)), id.apply(rows.get(limit - 1)))
                : new CursorPage<>(rows, null);
    }
}
