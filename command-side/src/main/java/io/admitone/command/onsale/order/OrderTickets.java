package io.admitone.command.onsale.order;

import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.order.OrderPlace;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The places of an order, one per line, each known by the id of its ticket, and which tickets are void. Ticket ids
 * follow from the order and the place, so that the same order never issues two sets and a place has its id before
 * its ticket is issued.
 */
final class OrderTickets {

    private final Map<UUID, HoldLine> byTicket = new LinkedHashMap<>();
    private final Set<UUID> voided;

    OrderTickets(OrderId orderId, List<HoldLine> lines, Set<UUID> voided) {
        IntStream.range(0, lines.size()).forEach(place -> byTicket.put(ticketId(orderId, place), lines.get(place)));
        this.voided = voided;
    }

    static UUID ticketId(OrderId orderId, int place) {
        return UUID.nameUUIDFromBytes((orderId + "#" + place).getBytes(StandardCharsets.UTF_8));
    }

    /** Every place of the order, for an order that never issued its tickets. */
    List<OrderPlace> all() {
        return places(byTicket.keySet());
    }

    List<UUID> valid() {
        return byTicket.keySet().stream().filter(ticket -> !voided.contains(ticket)).toList();
    }

    /** The line of a ticket of the order that is not void. */
    Optional<HoldLine> validLine(UUID ticket) {
        return voided.contains(ticket) ? Optional.empty() : Optional.ofNullable(byTicket.get(ticket));
    }

    /** The places of tickets to void; each must be the order's and still valid. */
    List<OrderPlace> toVoid(List<UUID> tickets) {
        for (UUID ticket : tickets) {
            if (!byTicket.containsKey(ticket)) {
                throw new Rejections.TicketNotInOrder(ticket);
            }
            if (voided.contains(ticket)) {
                throw new Rejections.TicketAlreadyVoid(ticket);
            }
        }
        return places(tickets);
    }

    Money price(Collection<UUID> tickets, String currency) {
        return tickets.stream().map(ticket -> byTicket.get(ticket).price()).reduce(Money.zero(currency), Money::plus);
    }

    private List<OrderPlace> places(Collection<UUID> tickets) {
        return tickets.stream().map(ticket -> new OrderPlace(byTicket.get(ticket).partitionId(), ticket,
                byTicket.get(ticket).seat())).toList();
    }
}
