package io.admitone.command.inventory;

import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.inventory.HeldSeat;
import io.admitone.kernel.inventory.HoldBestAvailableSeatsCommand;
import io.admitone.kernel.inventory.HoldSeatsCommand;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.ReleaseSeatsCommand;
import io.admitone.kernel.inventory.ReturnSoldSeatsCommand;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.SeatsReturned;
import io.admitone.kernel.inventory.SeatsSold;
import io.admitone.kernel.inventory.SellHeldSeatsCommand;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.admitone.command.inventory.InventoryOpenerTest.EVENT;
import static io.admitone.command.inventory.InventoryOpenerTest.NOW;
import static io.admitone.command.inventory.InventoryOpenerTest.PERFORMANCE;
import static io.admitone.command.inventory.InventoryOpenerTest.TENANT;
import static io.admitone.command.inventory.StandingPartitionTest.EXPIRES;
import static io.admitone.command.inventory.StandingPartitionTest.HOLD;
import static io.admitone.command.inventory.StandingPartitionTest.ORDER;
import static io.admitone.command.inventory.StandingPartitionTest.OTHER_HOLD;

/** Section B: row 1 of five seats in zone front, rows 2 and 3 of five seats in zone back. */
class SeatedPartitionTest {

    private static final SectionLayout B = new SectionLayout("B", SectionKind.SEATED, "back", List.of(
            new RowLayout("1", 5, null, "front", Map.of()), new RowLayout("2", 5, null, null, Map.of()),
            new RowLayout("3", 5, null, null, Map.of())), null);
    private static final PartitionId SECTION = PartitionId.of(PERFORMANCE, "B");
    private static final SeatedPartitionOpened OPENED = new SeatedPartitionOpened(SECTION, TENANT, EVENT, PERFORMANCE,
            B, NOW);

    private final AggregateTestFixture<SeatedPartition> fixture = new AggregateTestFixture<>(SeatedPartition.class);

    @BeforeEach
    void atAFixedTime() {
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void freeNamedSeatsAreHeldAndExpireOnTheirOwnDeadline() {
        fixture.given(OPENED)
                .when(new HoldSeatsCommand(SECTION, HOLD, List.of("B-2-3", "B-1-1"), EXPIRES))
                .expectSuccessfulHandlerExecution()
                .expectEvents(held(HOLD, "B-2-3", "B-1-1"))
                .expectScheduledDeadline(EXPIRES, new PartitionHoldExpiry(HOLD));
    }

    @Test
    void holdingAnAlreadyHeldSeatIsRejectedAndHoldsNoneOfTheOthers() {
        fixture.given(OPENED, held(OTHER_HOLD, "B-2-3"))
                .when(new HoldSeatsCommand(SECTION, HOLD, List.of("B-2-2", "B-2-3"), EXPIRES))
                .expectNoEvents()
                .expectException(SeatsUnavailable.class)
                .expectExceptionMessage("Not available: B-2-3");
    }

    @Test
    void aSeatTheSectionDoesNotHaveIsUnavailable() {
        fixture.given(OPENED)
                .when(new HoldSeatsCommand(SECTION, HOLD, List.of("B-9-1"), EXPIRES))
                .expectNoEvents()
                .expectException(SeatsUnavailable.class);
    }

    @Test
    void bestAvailableSeatsAreSideBySideInTheFirstRowThatHasThemInTheZone() {
        fixture.given(OPENED, held(OTHER_HOLD, "B-2-3"))
                .when(new HoldBestAvailableSeatsCommand(SECTION, HOLD, "back", 3, false, EXPIRES))
                .expectResultMessagePayload(List.of("B-3-1", "B-3-2", "B-3-3"))
                .expectEvents(held(HOLD, "B-3-1", "B-3-2", "B-3-3"));
    }

    @Test
    void bestAvailableTakesTheFirstRunOfARow() {
        fixture.given(OPENED, held(OTHER_HOLD, "B-2-1"))
                .when(new HoldBestAvailableSeatsCommand(SECTION, HOLD, "back", 2, false, EXPIRES))
                .expectEvents(held(HOLD, "B-2-2", "B-2-3"));
    }

    @Test
    void withoutAdjacentSeatsTheNearestFreeSeatsAreTakenFromTheFront() {
        fixture.given(OPENED, held(OTHER_HOLD, "B-2-2", "B-2-4", "B-3-2", "B-3-4"))
                .when(new HoldBestAvailableSeatsCommand(SECTION, HOLD, "back", 3, false, EXPIRES))
                .expectEvents(held(HOLD, "B-2-1", "B-2-3", "B-2-5"));
    }

    @Test
    void adjacentOnlyIsSoldOutWhenNoRowHasTheSeatsSideBySide() {
        fixture.given(OPENED, held(OTHER_HOLD, "B-1-3"))
                .when(new HoldBestAvailableSeatsCommand(SECTION, HOLD, "front", 3, true, EXPIRES))
                .expectNoEvents()
                .expectException(PlacesSoldOut.class);
    }

    @Test
    void moreSeatsThanTheZoneHasFreeIsSoldOut() {
        fixture.given(OPENED, held(OTHER_HOLD, "B-1-1"))
                .when(new HoldBestAvailableSeatsCommand(SECTION, HOLD, "front", 5, false, EXPIRES))
                .expectNoEvents()
                .expectException(PlacesSoldOut.class)
                .expectExceptionMessage("5 places asked for, 4 free in zone front of section B");
    }

    @Test
    void releasingFreesExactlyTheHoldsSeats() {
        fixture.given(OPENED, held(HOLD, "B-1-1"), held(OTHER_HOLD, "B-1-2"), held(HOLD, "B-3-5"))
                .when(new ReleaseSeatsCommand(SECTION, HOLD))
                .expectEvents(released(HOLD, false, "B-1-1", "B-3-5"));
    }

    @Test
    void releasedSeatsCanBeHeldAgain() {
        fixture.given(OPENED, held(OTHER_HOLD, "B-1-1"), released(OTHER_HOLD, false, "B-1-1"))
                .when(new HoldSeatsCommand(SECTION, HOLD, List.of("B-1-1"), EXPIRES))
                .expectEvents(held(HOLD, "B-1-1"));
    }

    @Test
    void releasingAHoldWithoutSeatsHereChangesNothing() {
        fixture.given(OPENED, held(OTHER_HOLD, "B-1-2"))
                .when(new ReleaseSeatsCommand(SECTION, HOLD))
                .expectNoEvents();
    }

    @Test
    void theExpiryDeadlineFreesTheHoldsSeats() {
        fixture.given(OPENED)
                .andGivenCommands(new HoldSeatsCommand(SECTION, HOLD, List.of("B-2-2"), EXPIRES))
                .whenTimeAdvancesTo(EXPIRES)
                .expectTriggeredDeadlinesWithName(PartitionHoldExpiry.NAME)
                .expectEvents(released(HOLD, true, "B-2-2"));
    }

    @Test
    void sellingTurnsExactlyTheHoldsSeatsIntoSoldOnes() {
        fixture.given(OPENED, held(HOLD, "B-1-1"), held(OTHER_HOLD, "B-1-2"), held(HOLD, "B-3-5"))
                .when(new SellHeldSeatsCommand(SECTION, HOLD, ORDER))
                .expectEvents(sold("B-1-1", "B-3-5"));
    }

    @Test
    void sellingSeatsTheHoldNoLongerHasIsRejected() {
        fixture.given(OPENED, held(HOLD, "B-1-1"), released(HOLD, true, "B-1-1"))
                .when(new SellHeldSeatsCommand(SECTION, HOLD, ORDER))
                .expectNoEvents()
                .expectException(PlacesNoLongerHeld.class);
    }

    @Test
    void soldSeatsSurviveTheHoldsExpiry() {
        fixture.given(OPENED)
                .andGivenCommands(new HoldSeatsCommand(SECTION, HOLD, List.of("B-2-2"), EXPIRES),
                        new SellHeldSeatsCommand(SECTION, HOLD, ORDER))
                .whenTimeAdvancesTo(EXPIRES)
                .expectTriggeredDeadlinesWithName(PartitionHoldExpiry.NAME)
                .expectNoEvents();
    }

    @Test
    void aSoldSeatCannotBeHeldAgain() {
        fixture.given(OPENED, held(HOLD, "B-1-1"), sold("B-1-1"))
                .when(new HoldSeatsCommand(SECTION, OTHER_HOLD, List.of("B-1-1"), EXPIRES))
                .expectNoEvents()
                .expectException(SeatsUnavailable.class);
    }

    @Test
    void bestAvailableSkipsSoldSeats() {
        fixture.given(OPENED, held(HOLD, "B-1-1", "B-1-2"), sold("B-1-1", "B-1-2"))
                .when(new HoldBestAvailableSeatsCommand(SECTION, OTHER_HOLD, "front", 3, true, EXPIRES))
                .expectEvents(held(OTHER_HOLD, "B-1-3", "B-1-4", "B-1-5"));
    }

    @Test
    void anOrderReturnsTheSeatsSoldToIt() {
        fixture.given(OPENED, held(HOLD, "B-1-1", "B-1-2"), sold("B-1-1", "B-1-2"))
                .when(new ReturnSoldSeatsCommand(SECTION, ORDER, List.of("B-1-2")))
                .expectEvents(returned("B-1-2"));
    }

    @Test
    void returnedSeatsCanBeHeldAgain() {
        fixture.given(OPENED, held(HOLD, "B-1-1"), sold("B-1-1"), returned("B-1-1"))
                .when(new HoldSeatsCommand(SECTION, OTHER_HOLD, List.of("B-1-1"), EXPIRES))
                .expectEvents(held(OTHER_HOLD, "B-1-1"));
    }

    @Test
    void aRedeliveredReturnReturnsNothingTwice() {
        fixture.given(OPENED, held(HOLD, "B-1-1", "B-1-2"), sold("B-1-1", "B-1-2"), returned("B-1-1"))
                .when(new ReturnSoldSeatsCommand(SECTION, ORDER, List.of("B-1-1", "B-1-2")))
                .expectEvents(returned("B-1-2"));
    }

    @Test
    void aSeatSoldAgainToAnotherOrderStaysSold() {
        fixture.given(OPENED, held(HOLD, "B-1-1"), sold("B-1-1"), returned("B-1-1"), held(OTHER_HOLD, "B-1-1"),
                        new SeatsSold(SECTION, TENANT, PERFORMANCE, OTHER_HOLD, OrderId.random(), seats("B-1-1"), NOW))
                .when(new ReturnSoldSeatsCommand(SECTION, ORDER, List.of("B-1-1")))
                .expectNoEvents();
    }

    private static SeatsReturned returned(String... seats) {
        return new SeatsReturned(SECTION, TENANT, PERFORMANCE, ORDER, seats(seats), NOW);
    }

    private static SeatsSold sold(String... seats) {
        return new SeatsSold(SECTION, TENANT, PERFORMANCE, HOLD, ORDER, seats(seats), NOW);
    }

    private static SeatsHeld held(HoldId hold, String... seats) {
        return new SeatsHeld(SECTION, TENANT, PERFORMANCE, hold, seats(seats), EXPIRES, NOW);
    }

    private static SeatsReleased released(HoldId hold, boolean expired, String... seats) {
        return new SeatsReleased(SECTION, TENANT, PERFORMANCE, hold, seats(seats), expired, NOW);
    }

    private static List<HeldSeat> seats(String... keys) {
        return Arrays.stream(keys).map(key -> new HeldSeat(key, key.startsWith("B-1-") ? "front" : "back")).toList();
    }
}
