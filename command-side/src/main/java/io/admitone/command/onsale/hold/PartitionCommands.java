package io.admitone.command.onsale.hold;

import io.admitone.kernel.inventory.ReleaseSeatsCommand;
import io.admitone.kernel.inventory.ReleaseStandingPlacesCommand;
import io.admitone.kernel.inventory.SellHeldPlacesCommand;
import io.admitone.kernel.inventory.SellHeldSeatsCommand;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * Sends the commands of a hold (and of the order it becomes) to partitions one at a time, each in a unit of work of
 * its own. A write that lost a race with another instance appended nothing, so it is tried again.
 */
@Component
public class PartitionCommands {

    private static final Logger log = LoggerFactory.getLogger(PartitionCommands.class);
    // Each lost race means another instance's write went in: with a few instances writing one partition at once,
    // three tries ran out under a burst.
    private static final int ATTEMPTS = 10;

    private final CommandGateway commands;

    PartitionCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public <R> R send(Object command, MetaData metaData) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            } catch (ConcurrencyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Frees what each partition holds for the hold. A partition that cannot be reached now frees its places when
     * the hold expires, so a failure here is logged, not passed on.
     */
    public void release(HoldId holdId, Collection<HeldPlaces> places, MetaData metaData) {
        places.stream().map(held -> held.seats().isEmpty()
                        ? (Object) new ReleaseStandingPlacesCommand(held.partitionId(), holdId)
                        : new ReleaseSeatsCommand(held.partitionId(), holdId))
                .distinct()
                .forEach(command -> {
                    try {
                        send(command, metaData);
                    } catch (RuntimeException e) {
                        log.warn("Hold {} stays held in a partition until it expires: {}", holdId, e.toString());
                    }
                });
    }

    /**
     * Sells what each partition holds for the hold to the order. A partition that no longer holds the places (they
     * expired in between) rejects, and the rejection is passed on.
     */
    public void sell(HoldId holdId, OrderId orderId, Collection<HeldPlaces> places, MetaData metaData) {
        places.stream().map(held -> held.seats().isEmpty()
                        ? (Object) new SellHeldPlacesCommand(held.partitionId(), holdId, orderId)
                        : new SellHeldSeatsCommand(held.partitionId(), holdId, orderId))
                .distinct()
                .forEach(command -> send(command, metaData));
    }
}
