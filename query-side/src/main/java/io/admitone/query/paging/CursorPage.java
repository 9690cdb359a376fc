package io.admitone.query.paging;

import java.util.List;

/**
 * A page of a list: {@code nextCursor} is an opaque token to pass as {@code cursor} for the next page, null on the
 * last one. Build it with {@link ListQuery#page(List)}.
 */
public record CursorPage<T>(List<T> items, String nextCursor) {
}
