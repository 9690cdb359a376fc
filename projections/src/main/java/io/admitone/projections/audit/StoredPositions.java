package io.admitone.projections.audit;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The stream positions of events, read back from the event store by their ids. A tracked event's token does not
 * always tell its own: positions are taken when events are stored and become visible when their transactions commit,
 * and an event committed after later ones were read fills a gap of the token, which keeps the higher index it had
 * reached. The audit trail and the hash chain record each event at its own position, so they ask here, once a batch.
 */
@Component
public class StoredPositions {

    private final DSLContext db;

    StoredPositions(DSLContext db) {
        this.db = db;
    }

    /** Each event's global index; an event missing from the store is an error, since it was just read from it. */
    public Map<UUID, Long> of(Collection<UUID> eventIds) {
        Map<UUID, Long> positions = db.resultQuery(
                        "select event_identifier, global_index from axon.domain_event_entry "
                                + "where event_identifier = any(?::text[])",
                        (Object) eventIds.stream().map(UUID::toString).toArray(String[]::new))
                .fetchMap(row -> UUID.fromString(row.get(0, String.class)), row -> row.get(1, Long.class));
        if (positions.size() != eventIds.size()) {
            throw new IllegalStateException("Events read from the event store are not in it: " + eventIds.stream()
                    .filter(id -> !positions.containsKey(id)).toList());
        }
        return positions;
    }
}
