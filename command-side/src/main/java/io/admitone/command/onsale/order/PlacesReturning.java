package io.admitone.command.onsale.order;

import io.admitone.command.onsale.hold.PartitionCommands;
import io.admitone.kernel.inventory.ReturnSoldPlacesCommand;
import io.admitone.kernel.inventory.ReturnSoldSeatsCommand;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.order.OrderCancelled;
import io.admitone.kernel.onsale.order.OrderExpired;
import io.admitone.kernel.onsale.order.OrderPlace;
import io.admitone.kernel.onsale.order.OrderRefunded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Gives the places of expired and cancelled orders, and of voided tickets, back to the partitions that sold them.
 * It tracks the event stream, so places given back while no instance ran come back when one starts; a partition
 * returns each place of an order once, so a redelivered event returns nothing twice.
 * It sends commands, so it never replays: a replay would send them all again.
 */
@Component
@DisallowReplay
@ProcessingGroup(PlacesReturning.NAME)
class PlacesReturning {

    static final String NAME = "order-returns";

    private final PartitionCommands partitions;

    PlacesReturning(PartitionCommands partitions) {
        this.partitions = partitions;
    }

    @EventHandler
    void on(OrderExpired event) {
        giveBack(event.orderId(), event.returned());
    }

    @EventHandler
    void on(OrderCancelled event) {
        giveBack(event.orderId(), event.returned());
    }

    @EventHandler
    void on(OrderRefunded event) {
        giveBack(event.orderId(), event.returned());
    }

    private void giveBack(OrderId orderId, List<OrderPlace> places) {
        places.stream()
                .collect(Collectors.groupingBy(OrderPlace::partitionId, LinkedHashMap::new, Collectors.toList()))
                .forEach((partition, its) -> partitions.send(its.getFirst().seat() == null
                        ? new ReturnSoldPlacesCommand(partition, orderId, its.stream().map(OrderPlace::ticketId)
                        .toList())
                        : new ReturnSoldSeatsCommand(partition, orderId, its.stream().map(OrderPlace::seat).toList()),
                        MetaData.emptyInstance()));
    }
}
