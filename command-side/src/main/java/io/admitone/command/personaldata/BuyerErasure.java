package io.admitone.command.personaldata;

import io.admitone.kernel.personaldata.BuyerErased;
import io.admitone.kernel.personaldata.BuyerKeyId;
import io.admitone.kernel.personaldata.BuyerVault;
import io.admitone.kernel.personaldata.EraseBuyerCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The erasure of one buyer's data key, named by the key. The vault destroys the key in the command's transaction, so
 * the key is gone exactly when {@link BuyerErased} is stored, and the event, with its actor, is in the audit trail.
 */
@Aggregate
class BuyerErasure {

    @AggregateIdentifier
    private BuyerKeyId keyId;

    BuyerErasure() {
    }

    @CommandHandler
    BuyerErasure(EraseBuyerCommand command, BuyerVault buyers, Clock clock) {
        Instant now = clock.instant();
        if (!buyers.erase(command.tenantId(), command.keyId(), now)) {
            throw new BuyerAlreadyErased(command.keyId());
        }
        apply(new BuyerErased(command.tenantId(), command.keyId(), now));
    }

    @EventSourcingHandler
    void on(BuyerErased event) {
        keyId = event.keyId();
    }
}
