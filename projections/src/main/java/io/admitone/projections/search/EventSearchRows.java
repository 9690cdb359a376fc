package io.admitone.projections.search;

import io.admitone.projections.BatchedWork;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.EVENT_SEARCH;
import static io.admitone.schema.jooq.Tables.EVENT_SEARCH_PARTITION;
import static io.admitone.schema.jooq.Tables.EVENT_SEARCH_PERFORMANCE;
import static io.admitone.schema.jooq.Tables.EVENT_SEARCH_TICKET_TYPE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

/**
 * Recomputes an event's derived search columns — dates, month, lowest price and band, free places — from the
 * projection's own tables after a change, and passes the result on to the configured search engines.
 */
@Component
class EventSearchRows {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private final DSLContext db;
    private final SearchDocuments documents;
    private final List<SearchDocumentSink> sinks;
    private final BatchedWork<UUID, Change> changed = new BatchedWork<>("event-search", batch ->
            batch.forEach((eventId, change) -> refreshNow(eventId, change.at(), change.position())));

    EventSearchRows(DSLContext db, SearchDocuments documents, ObjectProvider<SearchDocumentSink> sinks) {
        this.db = db;
        this.documents = documents;
        this.sinks = sinks.orderedStream().toList();
    }

    /**
     * Recomputes the event's row once for the batch, after its last change, rather than after every change: a batch
     * of a thousand holds on one event computes its free places once.
     */
    void refresh(UUID eventId, Instant at, long position) {
        changed.put(eventId, new Change(at, position));
    }

    private void refreshNow(UUID eventId, Instant at, long position) {
        Record2<Instant, Instant> dates = dates(eventId);
        Record2<BigDecimal, String> price = lowestPrice(eventId);
        Instant startsAt = dates.value1();
        BigDecimal fromPrice = price == null ? null : price.value1();
        db.update(EVENT_SEARCH)
                .set(EVENT_SEARCH.STARTS_AT, startsAt)
                .set(EVENT_SEARCH.ENDS_AT, dates.value2())
                .set(EVENT_SEARCH.STARTS_MONTH, startsAt == null ? null : MONTH.format(startsAt))
                .set(EVENT_SEARCH.FROM_PRICE, fromPrice)
                .set(EVENT_SEARCH.CURRENCY, price == null ? null : price.value2())
                .set(EVENT_SEARCH.PRICE_BAND, PriceBands.of(fromPrice))
                .set(EVENT_SEARCH.FREE_PLACES, freePlaces(eventId))
                .set(EVENT_SEARCH.UPDATED_AT, at)
                .set(EVENT_SEARCH.POSITION, position)
                .where(EVENT_SEARCH.EVENT_ID.eq(eventId))
                .execute();
        publish(eventId);
    }

    void clearSinks() {
        sinks.forEach(sink -> sink.replaceAll(List.of()));
    }

    /** First start and last end over the performances that are not cancelled; nulls while there are none. */
    private Record2<Instant, Instant> dates(UUID eventId) {
        return db.select(min(EVENT_SEARCH_PERFORMANCE.STARTS_AT), max(EVENT_SEARCH_PERFORMANCE.ENDS_AT))
                .from(EVENT_SEARCH_PERFORMANCE)
                .where(EVENT_SEARCH_PERFORMANCE.EVENT_ID.eq(eventId).and(EVENT_SEARCH_PERFORMANCE.CANCELLED.isFalse()))
                .fetchOne();
    }

    /** The lowest price of a visible ticket type, with its currency; null while there is none. */
    private Record2<BigDecimal, String> lowestPrice(UUID eventId) {
        return db.select(EVENT_SEARCH_TICKET_TYPE.PRICE_AMOUNT, EVENT_SEARCH_TICKET_TYPE.CURRENCY)
                .from(EVENT_SEARCH_TICKET_TYPE)
                .where(EVENT_SEARCH_TICKET_TYPE.EVENT_ID.eq(eventId).and(EVENT_SEARCH_TICKET_TYPE.VISIBLE.isTrue()))
                .orderBy(EVENT_SEARCH_TICKET_TYPE.PRICE_AMOUNT).limit(1).fetchOne();
    }

    /** Places neither held nor sold, over the partitions of the performances that are not cancelled. */
    private Field<Integer> freePlaces(UUID eventId) {
        return select(coalesce(sum(greatest(EVENT_SEARCH_PARTITION.CAPACITY.minus(EVENT_SEARCH_PARTITION.TAKEN),
                        inline(0))).cast(Integer.class), inline(0)))
                .from(EVENT_SEARCH_PARTITION)
                .where(EVENT_SEARCH_PARTITION.EVENT_ID.eq(eventId))
                .and(EVENT_SEARCH_PARTITION.PERFORMANCE_ID.notIn(select(EVENT_SEARCH_PERFORMANCE.PERFORMANCE_ID)
                        .from(EVENT_SEARCH_PERFORMANCE)
                        .where(EVENT_SEARCH_PERFORMANCE.EVENT_ID.eq(eventId))
                        .and(EVENT_SEARCH_PERFORMANCE.CANCELLED.isTrue())))
                .asField();
    }

    private record Change(Instant at, long position) {
    }

    private void publish(UUID eventId) {
        if (sinks.isEmpty()) {
            return;
        }
        documents.of(eventId).ifPresentOrElse(
                document -> sinks.forEach(sink -> sink.put(document)),
                () -> sinks.forEach(sink -> sink.remove(eventId)));
    }
}
