package io.admitone.query.paging;

import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.UUID;

/**
 * A checked page request: seek past the cursor with {@link #after()}, order with {@link #orderBy()}, fetch
 * {@link #fetchSize()} rows (one more than the page, which says that another page follows), then
 * {@link #page(List)}. Seeking on (key, id) rather than an offset keeps pages stable while rows are added.
 */
public record ListQuery<T>(Sorting<T> sorting, SortKey<T> key, boolean descending, int limit, Cursor cursor) {

    public Condition after() {
        if (cursor == null) {
            return DSL.noCondition();
        }
        return seek(key.key(), cursor.key());
    }

    private <V> Condition seek(Field<V> field, String value) {
        DataType<V> type = field.getDataType();
        var here = DSL.row(field, sorting.idField());
        var last = DSL.row(DSL.cast(DSL.val(value), type), DSL.val(cursor.id()));
        return descending ? here.lt(last) : here.gt(last);
    }

    public List<SortField<?>> orderBy() {
        return descending
                ? List.of(key.key().desc(), sorting.idField().desc())
                : List.of(key.key().asc(), sorting.idField().asc());
    }

    public int fetchSize() {
        return limit + 1;
    }

    public CursorPage<T> page(List<T> rows) {
        if (rows.size() <= limit) {
            return new CursorPage<>(rows, null);
        }
        T last = rows.get(limit - 1);
        String sortName = (descending ? "-" : "") + key.name();
        UUID id = sorting.id().apply(last);
        return new CursorPage<>(List.copyOf(rows.subList(0, limit)),
                new Cursor(sortName, key.value().apply(last), id).encode());
    }
}
