package io.admitone.query.paging;

/**
 * The paging parameters every list takes, bound from the query string: {@code limit} (1–200, 50 by default),
 * {@code cursor} (a previous page's {@code nextCursor}) and {@code sort} (a key of the list's {@link Sorting},
 * {@code -} in front for descending).
 */
public record ListParameters(Integer limit, String cursor, String sort) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /** These parameters checked against the list's sorting; a 400 naming the parameter that does not fit. */
    public <T> ListQuery<T> against(Sorting<T> sorting) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidParameter("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        String order = sort == null || sort.isBlank() ? sorting.defaultSort() : sort.strip();
        boolean descending = order.startsWith("-");
        SortKey<T> key = sorting.key(descending ? order.substring(1) : order);
        String sortName = (descending ? "-" : "") + key.name();
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        if (after != null && !after.sort().equals(sortName)) {
            throw new InvalidParameter("cursor", "The cursor belongs to sort '" + after.sort()
                    + "'; keep the sort of the first page");
        }
        return new ListQuery<>(sorting, key, descending, size, after);
    }
}
