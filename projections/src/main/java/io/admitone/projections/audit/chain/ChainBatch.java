package io.admitone.projections.audit.chain;

import io.admitone.kernel.audit.AuditedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The links one processor batch adds: each organisation's head is read once, when the batch first meets one of its
 * events, and carried from link to link in memory; {@link #flush()} writes the links and the moved heads. An event is
 * linked once: one delivered again (a batch retried after another instance linked it first) is passed over, while one
 * committed late, behind events already linked, is linked when it comes.
 */
final class ChainBatch {

    private final ChainLinks store;
    private final Map<UUID, ChainHead> heads = new HashMap<>();
    private final Map<UUID, ChainHead> moved = new LinkedHashMap<>();
    private final List<ChainLink> links = new ArrayList<>();
    private final Set<Long> linked = new HashSet<>();
    private long highestLinked = Long.MIN_VALUE;

    ChainBatch(ChainLinks store) {
        this.store = store;
    }

    void append(UUID tenant, AuditedEvent event) {
        if (linkedBefore(event.position())) {
            return;
        }
        ChainHead next = heads.computeIfAbsent(tenant, store::head).next(event);
        heads.put(tenant, next);
        moved.put(tenant, next);
        links.add(new ChainLink(tenant, next.sequence(), event.position(), event.eventId(), next.hash()));
        linked.add(event.position());
        highestLinked = Math.max(highestLinked, event.position());
    }

    /** Only a position at or below the highest linked one can have been linked already. */
    private boolean linkedBefore(long position) {
        if (highestLinked == Long.MIN_VALUE) {
            highestLinked = store.highestPosition();
        }
        return position <= highestLinked && (linked.contains(position) || store.linked(position));
    }

    void flush() {
        store.write(links, moved);
        links.clear();
        moved.clear();
        linked.clear();
    }
}
