package io.admitone.query.finance.reports;

import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.admitone.schema.jooq.Tables.EVENT;
import static io.admitone.schema.jooq.Tables.PERFORMANCE;
import static io.admitone.schema.jooq.Tables.TICKET_TYPE;

/**
 * Names a report's lines from the catalog's read models: an event's title, a performance's start, a ticket type's
 * name. Either source of figures is named the same way, so that only the figures can differ.
 */
final class SalesLabels {

    private SalesLabels() {
    }

    static List<SalesLine> lines(DSLContext db, Map<SalesGroup, SalesFigures> figures) {
        Set<SalesGroup> groups = figures.keySet();
        Map<UUID, String> titles = db.select(EVENT.EVENT_ID, EVENT.TITLE).from(EVENT)
                .where(EVENT.EVENT_ID.in(ids(groups, SalesGroup::eventId)))
                .fetchMap(EVENT.EVENT_ID, EVENT.TITLE);
        Map<UUID, Instant> starts = db.select(PERFORMANCE.PERFORMANCE_ID, PERFORMANCE.STARTS_AT).from(PERFORMANCE)
                .where(PERFORMANCE.PERFORMANCE_ID.in(ids(groups, SalesGroup::performanceId)))
                .fetchMap(PERFORMANCE.PERFORMANCE_ID, PERFORMANCE.STARTS_AT);
        Map<UUID, String> names = db.select(TICKET_TYPE.TICKET_TYPE_ID, TICKET_TYPE.NAME).from(TICKET_TYPE)
                .where(TICKET_TYPE.TICKET_TYPE_ID.in(ids(groups, SalesGroup::ticketTypeId)))
                .fetchMap(TICKET_TYPE.TICKET_TYPE_ID, TICKET_TYPE.NAME);
        return figures.entrySet().stream()
                .map(line -> SalesLine.of(line.getKey(), line.getValue(), titles.get(line.getKey().eventId()),
                        starts.get(line.getKey().performanceId()), names.get(line.getKey().ticketTypeId())))
                .toList();
    }

    private static Collection<UUID> ids(Set<SalesGroup> groups, Function<SalesGroup, UUID> id) {
        return groups.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
