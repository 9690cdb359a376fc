package io.admitone.projections.webhook.catalogue;

import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldConverted;
import io.admitone.kernel.onsale.hold.HoldEvent;
import io.admitone.kernel.onsale.hold.HoldExpired;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.kernel.onsale.hold.HoldReleased;
import io.admitone.kernel.onsale.order.IssuedTicket;
import io.admitone.kernel.onsale.order.OrderCancelled;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderEvent;
import io.admitone.kernel.onsale.order.OrderExpired;
import io.admitone.kernel.onsale.order.OrderPaymentFailed;
import io.admitone.kernel.onsale.order.OrderPlace;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.TicketCheckedIn;
import io.admitone.kernel.personaldata.Buyer;
import io.admitone.kernel.personaldata.BuyerVault;

import java.util.List;
import java.util.function.Function;

/**
 * The on-sale's public events: holds, orders and check-ins. Places are told by ticket type, seat and price; the
 * inventory partitions that hold them, the digests of hold and order tokens and the tickets' codes stay inside, since
 * a code is what lets its bearer in. Each order event says the order's status after it. A placed order shows its
 * buyer opened from the vault, or {@code null} once the buyer's data was erased.
 */
final class OnSaleEvents {

    static final List<PublicEvent<?>> ALL = List.of(
            ofHold(HoldPlaced.class, "hold.placed", e -> PublicData.create()
                    .id("holdId", e.holdId()).id("eventId", e.eventId()).id("performanceId", e.performanceId())
                    .number("quantity", e.lines().size()).list("lines", e.lines(), OnSaleEvents::line)
                    .money("total", e.total()).instant("expiresAt", e.expiresAt()).instant("placedAt", e.placedAt())),
            ofHold(HoldReleased.class, "hold.released", e -> places(e, e.places())
                    .flag("byStaff", e.byStaff()).instant("releasedAt", e.releasedAt())),
            ofHold(HoldExpired.class, "hold.expired", e -> places(e, e.places())
                    .instant("expiredAt", e.expiredAt())),
            ofHold(HoldConverted.class, "hold.converted", e -> places(e, e.places())
                    .id("orderId", e.orderId()).instant("convertedAt", e.convertedAt())),
            new PublicEvent<>(OrderPlaced.class, "order.placed", OrderEvent::tenantId, OnSaleEvents::placed),
            ofOrder(OrderConfirmed.class, "order.confirmed", e -> order(e, OrderStatus.CONFIRMED)
                    .money("total", e.total()).list("tickets", e.tickets(), OnSaleEvents::ticket)
                    .flag("byStaff", e.byStaff()).instant("confirmedAt", e.confirmedAt())),
            ofOrder(OrderPaymentFailed.class, "order.payment_failed", e -> order(e, OrderStatus.PAYMENT_FAILED)
                    .text("reason", e.reason()).instant("failedAt", e.failedAt())),
            ofOrder(OrderRefunded.class, "order.refunded", e -> order(e, e.status())
                    .id("refundId", e.refundId()).money("amount", e.amount()).text("reason", e.reason())
                    .texts("voidedTickets", e.voidedTickets()).list("returned", e.returned(), OnSaleEvents::returned)
                    .text("provider", e.provider()).text("providerReference", e.refund().reference())
                    .flag("paidOut", e.refund().paidOut()).instant("refundedAt", e.refundedAt())),
            ofOrder(OrderCancelled.class, "order.cancelled", e -> order(e, OrderStatus.CANCELLED)
                    .text("reason", e.reason()).list("returned", e.returned(), OnSaleEvents::returned)
                    .instant("cancelledAt", e.cancelledAt())),
            ofOrder(OrderExpired.class, "order.expired", e -> order(e, OrderStatus.EXPIRED)
                    .list("returned", e.returned(), OnSaleEvents::returned).instant("dueAt", e.dueAt())
                    .instant("expiredAt", e.expiredAt())),
            ofOrder(TicketCheckedIn.class, "ticket.checked_in", e -> PublicData.create()
                    .id("orderId", e.orderId()).id("performanceId", e.performanceId()).id("ticketId", e.ticketId())
                    .text("checkedInBy", e.by()).instant("checkedInAt", e.checkedInAt())));

    private OnSaleEvents() {
    }

    /** What a hold gave up or handed on, in total and by seat (none for standing places). */
    private static PublicData places(HoldEvent hold, List<HeldPlaces> places) {
        return PublicData.create().id("holdId", hold.holdId()).id("performanceId", hold.performanceId())
                .number("quantity", places.stream().mapToInt(HeldPlaces::quantity).sum())
                .texts("seats", places.stream().flatMap(held -> held.seats().stream()).toList());
    }

    private static PublicData order(OrderEvent order, OrderStatus status) {
        return PublicData.create().id("orderId", order.orderId()).id("performanceId", order.performanceId())
                .text("status", status.name());
    }

    /** The one public event with a buyer, opened from the vault: {@code null} once the buyer was erased. */
    private static PublicData placed(OrderPlaced e, BuyerVault buyers) {
        return PublicData.create()
                .id("orderId", e.orderId()).id("eventId", e.eventId()).id("performanceId", e.performanceId())
                .id("holdId", e.holdId()).text("status", OrderStatus.AWAITING_PAYMENT.name())
                .object("buyer", buyers.open(e.tenantId(), e.buyer()).map(OnSaleEvents::buyer).orElse(null))
                .object("payment", PublicData.create().text("provider", e.payment().provider())
                        .text("method", e.payment().method()))
                .number("quantity", e.lines().size()).list("lines", e.lines(), OnSaleEvents::line)
                .money("total", e.total()).text("nextAction", e.nextAction()).instant("dueAt", e.dueAt())
                .instant("placedAt", e.placedAt());
    }

    private static PublicData buyer(Buyer buyer) {
        return PublicData.create().text("name", buyer.name()).text("email", buyer.email());
    }

    private static PublicData line(HoldLine line) {
        return PublicData.create().id("ticketTypeId", line.ticketTypeId()).text("seat", line.seat())
                .money("price", line.price());
    }

    private static PublicData ticket(IssuedTicket ticket) {
        return PublicData.create().id("ticketId", ticket.ticketId()).id("ticketTypeId", ticket.ticketTypeId())
                .text("seat", ticket.seat());
    }

    private static PublicData returned(OrderPlace place) {
        return PublicData.create().id("ticketId", place.ticketId()).text("seat", place.seat());
    }

    private static <E extends HoldEvent> PublicEvent<E> ofHold(Class<E> eventClass, String type,
                                                               Function<E, PublicData> data) {
        return PublicEvent.of(eventClass, type, HoldEvent::tenantId, data);
    }

    private static <E extends OrderEvent> PublicEvent<E> ofOrder(Class<E> eventClass, String type,
                                                                 Function<E, PublicData> data) {
        return PublicEvent.of(eventClass, type, OrderEvent::tenantId, data);
    }
}
