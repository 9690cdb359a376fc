package io.admitone.command.onsale.order;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.inventory.HeldSeat;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatsReturned;
import io.admitone.kernel.inventory.SeatsSold;
import io.admitone.kernel.inventory.StandingPlacesReturned;
import io.admitone.kernel.inventory.StandingPlacesSold;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldConverted;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.order.IssuedTicket;
import io.admitone.kernel.onsale.order.OrderCancelled;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderExpired;
import io.admitone.kernel.onsale.order.OrderPaymentFailed;
import io.admitone.kernel.onsale.order.OrderPlace;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.RefundOutcome;
import io.admitone.kernel.onsale.order.Payment;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.BuyerKeyId;
import io.admitone.kernel.personaldata.SealedBuyer;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Order and sale events and the order's snapshot go through the JSON serializer the server configures. */
class OrderSnapshotTest {

    private static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    private static final TenantId TENANT = TenantId.random();
    private static final PerformanceId PERFORMANCE = PerformanceId.of("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d");
    private static final HoldId HOLD = HoldId.random();
    private static final OrderId ORDER = OrderId.random();
    private static final TicketTypeId FRONT = TicketTypeId.of("1c2d3e4f-5061-4728-93a4-b5c6d7e8f90a");
    private static final Money PRICE = Money.of("89.00", "EUR");
    private static final PartitionId SECTION = PartitionId.of(PERFORMANCE, "A");
    private static final OrderPlaced PLACED = new OrderPlaced(ORDER, TENANT,
            EventId.of("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b"), PERFORMANCE, HOLD,
            new SealedBuyer(BuyerKeyId.random(), "v1.c2VhbGVk"), new Payment("test", "card-requires-action"),
            List.of(new HoldLine(FRONT, "A-1-1", PRICE, SECTION)), PRICE, "digest", "confirm-payment", NOW, NOW.plusSeconds(900));
    private static final List<OrderPlace> RETURNED = List.of(new OrderPlace(SECTION, UUID.randomUUID(), "A-1-1"));

    private final Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.changeDefaultVisibility(
                    visibility -> visibility.withFieldVisibility(JsonAutoDetect.Visibility.ANY)))
            .build();

    @Test
    void orderAndSaleEventsReadBackAsTheyWereWritten() {
        for (Object event : List.of(PLACED,
                new OrderConfirmed(ORDER, TENANT, PERFORMANCE, PRICE,
                        List.of(new IssuedTicket(UUID.randomUUID(), FRONT, "A-1-1", "code")), false, NOW),
                new OrderPaymentFailed(ORDER, TENANT, PERFORMANCE, "card declined", NOW),
                new HoldConverted(HOLD, TENANT, PERFORMANCE, List.of(HeldPlaces.seats(SECTION, List.of("A-1-1"))),
                        ORDER, NOW),
                new SeatsSold(SECTION, TENANT, PERFORMANCE, HOLD, ORDER, List.of(new HeldSeat("A-1-1", "front")), NOW),
                new StandingPlacesSold(PartitionId.of(PERFORMANCE, "Floor#0"), TENANT, PERFORMANCE, "Floor", 0, HOLD,
                        ORDER, 2, NOW),
                new OrderExpired(ORDER, TENANT, PERFORMANCE, RETURNED, NOW, NOW),
                new OrderCancelled(ORDER, TENANT, PERFORMANCE, "show moved", RETURNED, NOW),
                new OrderRefunded(ORDER, TENANT, PERFORMANCE, RefundId.random(), PRICE, "broken seat",
                        List.of(RETURNED.getFirst().ticketId()), RETURNED, "test", new RefundOutcome("ref", true),
                        OrderStatus.REFUNDED, NOW),
                new SeatsReturned(SECTION, TENANT, PERFORMANCE, ORDER, List.of(new HeldSeat("A-1-1", "front")), NOW),
                new StandingPlacesReturned(PartitionId.of(PERFORMANCE, "Floor#0"), TENANT, PERFORMANCE, "Floor", 0,
                        ORDER, List.of(UUID.randomUUID()), NOW))) {
            assertThat((Object) serializer.deserialize(serializer.serialize(event, byte[].class))).isEqualTo(event);
        }
    }

    @Test
    void anOrderReadsBackFromItsSnapshot() {
        Order order = new Order();
        order.on(PLACED);
        SerializedObject<byte[]> snapshot = serializer.serialize(order, byte[].class);

        Order restored = serializer.deserialize(snapshot);
        String json = new String(snapshot.getData());

        assertThat(new String(serializer.serialize(restored, byte[].class).getData())).isEqualTo(json);
        assertThat(json).contains(ORDER.toString(), "AWAITING_PAYMENT", "confirm-payment", "digest");
    }

    @Test
    void aRefundedOrderReadsBackFromItsSnapshotWithWhatWasRefundedAndVoided() {
        Order order = new Order();
        order.on(PLACED);
        UUID ticket = RETURNED.getFirst().ticketId();
        order.on(new OrderRefunded(ORDER, TENANT, PERFORMANCE, RefundId.random(), Money.of("9.50", "EUR"), "late",
                List.of(ticket), RETURNED, "test", new RefundOutcome("ref", true), OrderStatus.PARTIALLY_REFUNDED,
                NOW));
        SerializedObject<byte[]> snapshot = serializer.serialize(order, byte[].class);

        Order restored = serializer.deserialize(snapshot);
        String json = new String(snapshot.getData());

        assertThat(new String(serializer.serialize(restored, byte[].class).getData())).isEqualTo(json);
        assertThat(json).contains("PARTIALLY_REFUNDED", "9.50", ticket.toString(), NOW.plusSeconds(900).toString());
    }
}
