package io.admitone.command.inventory;

import io.admitone.kernel.inventory.HoldStandingPlacesCommand;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.ReleaseStandingPlacesCommand;
import io.admitone.kernel.inventory.ReturnSoldPlacesCommand;
import io.admitone.kernel.inventory.SellHeldPlacesCommand;
import io.admitone.kernel.inventory.StandingCapacityChanged;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.inventory.StandingPlacesReturned;
import io.admitone.kernel.inventory.StandingPlacesSold;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.admitone.command.inventory.InventoryOpenerTest.NOW;
import static io.admitone.command.inventory.InventoryOpenerTest.standing;
import static org.assertj.core.api.Assertions.assertThat;

class StandingPartitionTest {

    static final HoldId HOLD = HoldId.of("7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6");
    static final HoldId OTHER_HOLD = HoldId.of("8e2f3a4b-5c6d-4e7f-9081-92a3b4c5d6e7");
    static final OrderId ORDER = OrderId.of("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    static final Instant EXPIRES = NOW.plus(Duration.ofMinutes(10));
    private static final UUID TICKET_1 = UUID.fromString("0d1e2f3a-4b5c-4d6e-8f70-000000000001");
    private static final UUID TICKET_2 = UUID.fromString("0d1e2f3a-4b5c-4d6e-8f70-000000000002");

    private final AggregateTestFixture<StandingPartition> fixture = new AggregateTestFixture<>(StandingPartition.class);
    private final StandingPartitionOpened opened = standing("Floor", 0, 1, 500);
    private final PartitionId slice = opened.partitionId();

    @BeforeEach
    void atAFixedTime() {
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aSliceTakesANewCapacity() {
        fixture.given(opened)
                .whenInvoking(slice.toString(), s -> s.changeCapacity(300, NOW))
                .expectEvents(new StandingCapacityChanged(slice, opened.tenantId(), opened.performanceId(), "Floor", 0,
                        300, NOW));
    }

    @Test
    void theSameCapacityChangesNothing() {
        fixture.given(opened)
                .whenInvoking(slice.toString(), s -> s.changeCapacity(500, NOW))
                .expectNoEvents();
    }

    @Test
    void freePlacesAreHeldAndExpireOnTheirOwnDeadline() {
        fixture.given(opened)
                .when(new HoldStandingPlacesCommand(slice, HOLD, 4, EXPIRES))
                .expectSuccessfulHandlerExecution()
                .expectEvents(held(HOLD, 4))
                .expectScheduledDeadline(EXPIRES, new PartitionHoldExpiry(HOLD));
    }

    @Test
    void moreThanTheFreePlacesIsSoldOutAndSaysHowManyAreFree() {
        fixture.given(opened, held(OTHER_HOLD, 498))
                .when(new HoldStandingPlacesCommand(slice, HOLD, 3, EXPIRES))
                .expectNoEvents()
                .expectException(PlacesSoldOut.class)
                .expectExceptionMessage("3 places asked for, 2 free in Floor")
                .expectNoScheduledDeadlines();
    }

    @Test
    void aQuantityBelowOneIsRejected() {
        fixture.given(opened)
                .when(new HoldStandingPlacesCommand(slice, HOLD, 0, EXPIRES))
                .expectNoEvents()
                .expectException(InvalidHoldQuantity.class);
    }

    @Test
    void releasingFreesExactlyWhatTheHoldTookInAllItsRequests() {
        fixture.given(opened, held(HOLD, 2), held(OTHER_HOLD, 5), held(HOLD, 3))
                .when(new ReleaseStandingPlacesCommand(slice, HOLD))
                .expectEvents(released(HOLD, 5, false));
    }

    @Test
    void releasingAHoldThatHoldsNothingHereChangesNothing() {
        fixture.given(opened, held(HOLD, 2), released(HOLD, 2, false))
                .when(new ReleaseStandingPlacesCommand(slice, HOLD))
                .expectNoEvents();
    }

    @Test
    void releasedPlacesCanBeHeldAgain() {
        fixture.given(opened, held(OTHER_HOLD, 500), released(OTHER_HOLD, 500, false))
                .when(new HoldStandingPlacesCommand(slice, HOLD, 500, EXPIRES))
                .expectEvents(held(HOLD, 500));
    }

    @Test
    void theExpiryDeadlineFreesTheHoldsPlaces() {
        fixture.given(opened)
                .andGivenCommands(new HoldStandingPlacesCommand(slice, HOLD, 4, EXPIRES))
                .whenTimeAdvancesTo(EXPIRES)
                .expectTriggeredDeadlinesWithName(PartitionHoldExpiry.NAME)
                .expectEvents(released(HOLD, 4, true));
    }

    @Test
    void anExpiryAfterAnEarlyReleaseFreesNothing() {
        fixture.given(opened)
                .andGivenCommands(new HoldStandingPlacesCommand(slice, HOLD, 4, EXPIRES),
                        new ReleaseStandingPlacesCommand(slice, HOLD))
                .whenTimeAdvancesTo(EXPIRES)
                .expectTriggeredDeadlinesWithName(PartitionHoldExpiry.NAME)
                .expectNoEvents();
    }

    @Test
    void theCapacityCannotShrinkBelowWhatIsHeld() {
        fixture.given(opened, held(HOLD, 300))
                .whenInvoking(slice.toString(), s -> {
                    assertThat(s.taken()).isEqualTo(300);
                    s.changeCapacity(299, NOW);
                })
                .expectException(CapacityBelowTaken.class);
    }

    @Test
    void sellingTurnsExactlyTheHoldsPlacesIntoSoldOnes() {
        fixture.given(opened, held(HOLD, 2), held(OTHER_HOLD, 5), held(HOLD, 3))
                .when(new SellHeldPlacesCommand(slice, HOLD, ORDER))
                .expectEvents(sold(HOLD, 5));
    }

    @Test
    void sellingWhatTheSliceNoLongerHoldsIsRejected() {
        fixture.given(opened, held(HOLD, 2), released(HOLD, 2, true))
                .when(new SellHeldPlacesCommand(slice, HOLD, ORDER))
                .expectNoEvents()
                .expectException(PlacesNoLongerHeld.class);
    }

    @Test
    void soldPlacesSurviveTheHoldsExpiry() {
        fixture.given(opened)
                .andGivenCommands(new HoldStandingPlacesCommand(slice, HOLD, 4, EXPIRES),
                        new SellHeldPlacesCommand(slice, HOLD, ORDER))
                .whenTimeAdvancesTo(EXPIRES)
                .expectTriggeredDeadlinesWithName(PartitionHoldExpiry.NAME)
                .expectNoEvents();
    }

    @Test
    void soldPlacesStayTaken() {
        fixture.given(opened, held(HOLD, 498), sold(HOLD, 498))
                .when(new HoldStandingPlacesCommand(slice, OTHER_HOLD, 3, EXPIRES))
                .expectNoEvents()
                .expectException(PlacesSoldOut.class);
    }

    @Test
    void anOrderReturnsOnePlacePerTicket() {
        fixture.given(opened, held(HOLD, 3), sold(HOLD, 3))
                .when(new ReturnSoldPlacesCommand(slice, ORDER, List.of(TICKET_1, TICKET_2)))
                .expectEvents(returned(TICKET_1, TICKET_2));
    }

    @Test
    void returnedPlacesCanBeHeldAgain() {
        fixture.given(opened, held(HOLD, 498), sold(HOLD, 498), returned(TICKET_1, TICKET_2))
                .when(new HoldStandingPlacesCommand(slice, OTHER_HOLD, 4, EXPIRES))
                .expectEvents(held(OTHER_HOLD, 4));
    }

    @Test
    void aRedeliveredReturnReturnsNothingTwice() {
        fixture.given(opened, held(HOLD, 3), sold(HOLD, 3), returned(TICKET_1))
                .when(new ReturnSoldPlacesCommand(slice, ORDER, List.of(TICKET_1, TICKET_2)))
                .expectEvents(returned(TICKET_2));
    }

    @Test
    void noMorePlacesComeBackThanWereSoldToTheOrder() {
        fixture.given(opened, held(HOLD, 1), sold(HOLD, 1))
                .when(new ReturnSoldPlacesCommand(slice, ORDER, List.of(TICKET_1, TICKET_2)))
                .expectEvents(returned(TICKET_1));
    }

    @Test
    void anOrderThatBoughtNothingHereReturnsNothing() {
        fixture.given(opened, held(HOLD, 2), sold(HOLD, 2))
                .when(new ReturnSoldPlacesCommand(slice, OrderId.random(), List.of(TICKET_1)))
                .expectNoEvents();
    }

    private StandingPlacesReturned returned(UUID... tickets) {
        return new StandingPlacesReturned(slice, opened.tenantId(), opened.performanceId(), "Floor", 0, ORDER,
                List.of(tickets), NOW);
    }

    private StandingPlacesSold sold(HoldId hold, int quantity) {
        return new StandingPlacesSold(slice, opened.tenantId(), opened.performanceId(), "Floor", 0, hold, ORDER,
                quantity, NOW);
    }

    private StandingPlacesHeld held(HoldId hold, int quantity) {
        return new StandingPlacesHeld(slice, opened.tenantId(), opened.performanceId(), "Floor", 0, hold, quantity,
                EXPIRES, NOW);
    }

    private StandingPlacesReleased released(HoldId hold, int quantity, boolean expired) {
        return new StandingPlacesReleased(slice, opened.tenantId(), opened.performanceId(), "Floor", 0, hold,
                quantity, expired, NOW);
    }
}
