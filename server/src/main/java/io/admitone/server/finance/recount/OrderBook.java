package io.admitone.server.finance.recount;

import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.finance.Allocation;
import io.admitone.kernel.finance.PriceParts;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.query.finance.reports.SalesMovement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * One order's money per ticket type, in the order its lines name them: what its confirmation sold (each place's
 * price divided under its ticket type's terms then in force) and what its refunds have paid back so far.
 */
final class OrderBook {

    private final OrderPlaced placed;
    private final SequencedMap<TicketTypeId, PriceParts> left = new LinkedHashMap<>();

    OrderBook(OrderPlaced placed) {
        this.placed = placed;
    }

    List<SalesMovement> confirm(Instant confirmedAt, Function<TicketTypeId, TicketTypeTerms> terms) {
        for (HoldLine line : placed.lines()) {
            TicketTypeTerms its = terms.apply(line.ticketTypeId());
            PriceParts parts = PriceParts.of(line.price(), its.taxRate(), its.feeFixed(), its.feePercent());
            left.merge(line.ticketTypeId(), parts, PriceParts::plus);
        }
        return movements(confirmedAt, false, left);
    }

    List<SalesMovement> refund(Money amount, Instant refundedAt) {
        SequencedMap<TicketTypeId, PriceParts> shares = Allocation.of(amount, left);
        shares.forEach((ticketType, share) -> left.computeIfPresent(ticketType, (key, parts) -> parts.minus(share)));
        return movements(refundedAt, true, shares);
    }

    private List<SalesMovement> movements(Instant at, boolean refund, Map<TicketTypeId, PriceParts> parts) {
        UUID event = placed.eventId().value();
        UUID performance = placed.performanceId().value();
        return parts.entrySet().stream()
                .map(entry -> new SalesMovement(at, event, performance, entry.getKey().value(), refund,
                        entry.getValue()))
                .toList();
    }
}
