package io.admitone.command.onsale.order;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.onsale.order.CheckInResult;
import io.admitone.kernel.onsale.order.CheckInResult.Outcome;
import io.admitone.kernel.onsale.order.CheckInTicketCommand;
import io.admitone.kernel.onsale.order.OrderPaymentFailed;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.TicketCheckedIn;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.admitone.command.onsale.order.OrderTest.FRONT;
import static io.admitone.command.onsale.order.OrderTest.NOW;
import static io.admitone.command.onsale.order.OrderTest.ORDER;
import static io.admitone.command.onsale.order.OrderTest.PERFORMANCE;
import static io.admitone.command.onsale.order.OrderTest.PLACES;
import static io.admitone.command.onsale.order.OrderTest.TENANT;
import static io.admitone.command.onsale.order.OrderTest.confirmed;
import static io.admitone.command.onsale.order.OrderTest.placed;
import static io.admitone.command.onsale.order.OrderTest.refunded;
import static io.admitone.command.onsale.order.OrderTest.ticketId;

/** The door asks the order whether one of its tickets may come in; the order remembers who came in when. */
class OrderCheckInTest {

    private static final Instant AT_THE_DOOR = NOW.plus(Duration.ofDays(30)).plusNanos(123_456_789);
    /** As precise as the read model keeps it. */
    private static final Instant CHECKED_IN = AT_THE_DOOR.truncatedTo(ChronoUnit.MICROS);
    private static final UUID FRONT_TICKET = ticketId(1);
    private static final String SCANNER = "a-box-office-user";

    private final AggregateTestFixture<Order> fixture = new AggregateTestFixture<>(Order.class);

    @BeforeEach
    void atTheDoor() {
        fixture.registerInjectableResource(Clock.fixed(AT_THE_DOOR, ZoneOffset.UTC));
    }

    @Test
    void aValidTicketIsAdmittedOnce() {
        fixture.given(placed("test", "card-success", null), confirmed(false))
                .when(checkIn(PERFORMANCE, FRONT_TICKET))
                .expectEvents(new TicketCheckedIn(ORDER, TENANT, PERFORMANCE, FRONT_TICKET, CHECKED_IN, SCANNER))
                .expectResultMessagePayload(front(Outcome.ADMITTED, CHECKED_IN));
    }

    @Test
    void aUsedTicketIsAlreadyUsedSinceItsFirstCheckIn() {
        Instant firstUse = CHECKED_IN.minus(Duration.ofMinutes(5));
        fixture.given(placed("test", "card-success", null), confirmed(false),
                        new TicketCheckedIn(ORDER, TENANT, PERFORMANCE, FRONT_TICKET, firstUse, SCANNER))
                .when(checkIn(PERFORMANCE, FRONT_TICKET))
                .expectNoEvents()
                .expectResultMessagePayload(front(Outcome.ALREADY_USED, firstUse));
    }

    @Test
    void aTicketOfAnotherPerformanceIsNotLetIn() {
        fixture.given(placed("test", "card-success", null), confirmed(false))
                .when(checkIn(PerformanceId.random(), FRONT_TICKET))
                .expectNoEvents()
                .expectResultMessagePayload(front(Outcome.WRONG_PERFORMANCE, null));
    }

    @Test
    void aTicketTheOrderNeverIssuedIsInvalid() {
        fixture.given(placed("test", "card-success", null), confirmed(false))
                .when(checkIn(PERFORMANCE, UUID.randomUUID()))
                .expectNoEvents()
                .expectResultMessagePayload(CheckInResult.invalid());
    }

    @Test
    void theTicketOfAnOrderNotConfirmedIsInvalid() {
        fixture.given(placed("offline", "bank-transfer", null))
                .when(checkIn(PERFORMANCE, FRONT_TICKET))
                .expectNoEvents()
                .expectResultMessagePayload(CheckInResult.invalid());
    }

    @Test
    void theTicketOfAnOrderWhosePaymentFailedIsInvalid() {
        fixture.given(placed("test", "card-declined", null),
                        new OrderPaymentFailed(ORDER, TENANT, PERFORMANCE, "card declined", NOW))
                .when(checkIn(PERFORMANCE, FRONT_TICKET))
                .expectNoEvents()
                .expectResultMessagePayload(CheckInResult.invalid());
    }

    @Test
    void aVoidTicketIsInvalid() {
        fixture.given(placed("test", "card-success", null), confirmed(false),
                        refunded(RefundId.random(), "89.00", List.of(PLACES.get(1)), OrderStatus.PARTIALLY_REFUNDED))
                .when(checkIn(PERFORMANCE, FRONT_TICKET))
                .expectNoEvents()
                .expectResultMessagePayload(CheckInResult.invalid());
    }

    @Test
    void theTicketsLeftValidByAPartialRefundAreStillAdmitted() {
        fixture.given(placed("test", "card-success", null), confirmed(false),
                        refunded(RefundId.random(), "49.50", List.of(PLACES.get(0)), OrderStatus.PARTIALLY_REFUNDED))
                .when(checkIn(PERFORMANCE, FRONT_TICKET))
                .expectEvents(new TicketCheckedIn(ORDER, TENANT, PERFORMANCE, FRONT_TICKET, CHECKED_IN, SCANNER))
                .expectResultMessagePayload(front(Outcome.ADMITTED, CHECKED_IN));
    }

    @Test
    void anotherOrganisationsScannerFindsNoValidTicket() {
        fixture.given(placed("test", "card-success", null), confirmed(false))
                .when(new CheckInTicketCommand(ORDER, TenantId.random(), PERFORMANCE, FRONT_TICKET, SCANNER))
                .expectNoEvents()
                .expectResultMessagePayload(CheckInResult.invalid());
    }

    private static CheckInTicketCommand checkIn(PerformanceId performance, UUID ticket) {
        return new CheckInTicketCommand(ORDER, TENANT, performance, ticket, SCANNER);
    }

    private static CheckInResult front(Outcome outcome, Instant usedAt) {
        return new CheckInResult(outcome, FRONT_TICKET, "A-1-1", FRONT, usedAt);
    }
}
