package io.admitone.projections.audit.chain;

import io.admitone.projections.audit.AuditedEvents;
import io.admitone.projections.audit.EventTenants;
import io.admitone.projections.audit.StoredPositions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Links every event of an organisation to its chain. The links of a processor batch are written together, in one
 * statement before the batch's transaction commits with its token, so that a catch-up of many events costs a few
 * statements per thousand. One segment, in stream order; never replayed, since the chain is a record of the events
 * as they were first read, not a view to rebuild; and an event it cannot link holds the processor rather than leave
 * a gap.
 */
@Component
@ProcessingGroup(AuditChainProcessor.NAME)
@DisallowReplay
class AuditChainProcessor {

    static final String NAME = "audit-chain";
    private static final String BATCH = AuditChainProcessor.class.getName() + ".batch";

    private final ChainLinks links;
    private final StoredPositions positions;
    private final Serializer eventSerializer;

    AuditChainProcessor(ChainLinks links, StoredPositions positions,
                        @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.links = links;
        this.positions = positions;
        this.eventSerializer = eventSerializer;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        EventTenants.of(event).ifPresent(tenant -> batch().append(tenant.value(), message));
    }

    private ChainBatch batch() {
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        return unit.getOrComputeResource(BATCH, key -> {
            ChainBatch batch = new ChainBatch(links, positions,
                    (message, position) -> AuditedEvents.of(message, position, eventSerializer));
            unit.onPrepareCommit(committing -> batch.flush());
            return batch;
        });
    }
}
