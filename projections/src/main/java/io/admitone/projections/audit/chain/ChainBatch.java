package io.admitone.projections.audit.chain;

import io.admitone.kernel.audit.AuditedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The links one processor batch adds: each organisation's head is read once, when the batch first meets one of its
 * events, and carried from link to link in memory; {@link #flush()} writes the links and the moved heads.
 */
final class ChainBatch {

    private final ChainLinks store;
    private final Map<UUID, ChainHead> heads = new HashMap<>();
    private final Map<UUID, ChainHead> moved = new LinkedHashMap<>();
    private final List<ChainLink> links = new ArrayList<>();

    ChainBatch(ChainLinks store) {
        this.store = store;
    }

    void append(UUID tenant, AuditedEvent event) {
        ChainHead next = heads.computeIfAbsent(tenant, store::head).next(event);
        heads.put(tenant, next);
        moved.put(tenant, next);
        links.add(new ChainLink(tenant, next.sequence(), event.position(), event.eventId(), next.hash()));
    }

    void flush() {
        store.write(links, moved);
        links.clear();
        moved.clear();
    }
}
