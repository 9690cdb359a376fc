package io.admitone.command.inventory;

import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.inventory.OpenInventoryCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Opens the inventory of every newly scheduled performance. It tracks the event stream, so a performance scheduled
 * while no instance ran is set up when one starts, and a redelivered event opens nothing twice.
 * It sends commands, so it never replays: a replay would send them all again.
 */
@Component
@DisallowReplay
@ProcessingGroup(PartitionOpening.NAME)
class PartitionOpening {

    static final String NAME = "inventory-partitions";

    private final CommandGateway commands;

    PartitionOpening(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PerformanceScheduled event) {
        commands.sendAndWait(new OpenInventoryCommand(event.performanceId(), event.tenantId(), event.eventId(),
                event.venueId()));
    }
}
