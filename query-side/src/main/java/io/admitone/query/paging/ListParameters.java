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
        int size = checkedLimit();
        String order = sort == null || sort.isBlank() ? sorting.defaultSort() : sort.strip();
        boolean descending = order.startsWith("-");
        SortKey<T> key = sorting.key(descending ? order.substring(1) : order);
        Cursor after = cursorOf((descending ? "-" : "") + key.name());
        return new ListQuery<>(sorting, key, descending, size, after);
    }

    /** These parameters for a list that is only ever read in id order, such as one kept outside the read models. */
    public IdPage inIdOrder() {
        if (sort != null && !sort.isBlank() && !sort.strip().equals(IdPage.SORT)) {
            throw new InvalidParameter("sort", "This list is read in id order only");
        }
        Cursor after = cursorOf(IdPage.SORT);
        return new IdPage(after == null ? null : after.id(), checkedLimit());
    }

    private int checkedLimit() {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidParameter("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return size;
    }

    private Cursor cursorOf(String sortName) {
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        if (after != null && !after.sort().equals(sortName)) {
            throw new InvalidParameter("cursor", "The cursor belongs to sort '" + after.sort()
                    + "'; keep the sort of the first page");
        }
        return after;
    }
}
