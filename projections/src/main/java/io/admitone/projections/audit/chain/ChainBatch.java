package io.admitone.projections.audit.chain;

import io.admitone.kernel.audit.AuditedEvent;
import io.admitone.projections.audit.StoredPositions;
import org.axonframework.eventhandling.EventMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The links one processor batch adds, in the order the processor read the events. At {@link #flush()} each event is
 * placed at its own position in the event store, each organisation's head is read once and carried from link to link
 * in memory, and the links and moved heads are written. An event is linked once: one delivered again (a batch
 * retried after another instance linked it first) is passed over, while one committed late, behind events already
 * linked, is linked when it comes, after them.
 */
final class ChainBatch {

    private final ChainLinks store;
    private final StoredPositions positions;
    private final BiFunction<EventMessage<?>, Long, AuditedEvent> audited;
    private final Map<UUID, Pending> pending = new LinkedHashMap<>();

    /** {@code audited} takes an event message and its position to the form the chain links. */
    ChainBatch(ChainLinks store, StoredPositions positions,
               BiFunction<EventMessage<?>, Long, AuditedEvent> audited) {
        this.store = store;
        this.positions = positions;
        this.audited = audited;
    }

    void append(UUID tenant, EventMessage<?> message) {
        pending.putIfAbsent(UUID.fromString(message.getIdentifier()), new Pending(tenant, message));
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<UUID, Long> stored = positions.of(pending.keySet());
        Set<Long> linkedBefore = store.linkedAmong(stored.values());
        Map<UUID, ChainHead> heads = new HashMap<>();
        Map<UUID, ChainHead> moved = new LinkedHashMap<>();
        List<ChainLink> links = new ArrayList<>();
        pending.forEach((eventId, event) -> {
            long position = stored.get(eventId);
            if (linkedBefore.contains(position)) {
                return;
            }
            ChainHead next = heads.computeIfAbsent(event.tenant(), store::head)
                    .next(audited.apply(event.message(), position));
            heads.put(event.tenant(), next);
            moved.put(event.tenant(), next);
            links.add(new ChainLink(event.tenant(), next.sequence(), position, eventId, next.hash()));
        });
        store.write(links, moved);
        pending.clear();
    }

    private record Pending(UUID tenant, EventMessage<?> message) {
    }
}
