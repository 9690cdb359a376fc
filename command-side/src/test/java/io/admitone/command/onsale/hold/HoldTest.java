package io.admitone.command.onsale.hold;

import io.admitone.kernel.Digests;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.hold.ConvertHoldCommand;
import io.admitone.kernel.onsale.hold.ConvertedHold;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldConverted;
import io.admitone.kernel.onsale.hold.HoldExpired;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.kernel.onsale.hold.HoldReleased;
import io.admitone.kernel.onsale.hold.RecordHoldCommand;
import io.admitone.kernel.onsale.hold.ReleaseHoldCommand;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static io.admitone.command.onsale.hold.HoldFixtures.EVENT;
import static io.admitone.command.onsale.hold.HoldFixtures.EXPIRES;
import static io.admitone.command.onsale.hold.HoldFixtures.FLOOR;
import static io.admitone.command.onsale.hold.HoldFixtures.FLOOR_PRICE;
import static io.admitone.command.onsale.hold.HoldFixtures.FRONT;
import static io.admitone.command.onsale.hold.HoldFixtures.FRONT_PRICE;
import static io.admitone.command.onsale.hold.HoldFixtures.HOLD;
import static io.admitone.command.onsale.hold.HoldFixtures.NOW;
import static io.admitone.command.onsale.hold.HoldFixtures.PERFORMANCE;
import static io.admitone.command.onsale.hold.HoldFixtures.TENANT;

class HoldTest {

    private static final String TOKEN = "a-token-of-the-buyer";
    private static final List<HoldLine> LINES = List.of(
            new HoldLine(FLOOR, null, FLOOR_PRICE, PartitionId.of(PERFORMANCE, "Floor#0")),
            new HoldLine(FRONT, "A-1-1", FRONT_PRICE, PartitionId.of(PERFORMANCE, "A")));
    private static final List<HeldPlaces> PLACES = List.of(
            HeldPlaces.standing(PartitionId.of(PERFORMANCE, "Floor#0"), 1),
            HeldPlaces.seats(PartitionId.of(PERFORMANCE, "A"), List.of("A-1-1")));
    private static final Money TOTAL = Money.of("138.50", "EUR");
    private static final RecordHoldCommand RECORD = new RecordHoldCommand(HOLD, TENANT, EVENT, PERFORMANCE, LINES,
            TOTAL, PLACES, Digests.sha256Hex(TOKEN), EXPIRES);
    private static final HoldPlaced PLACED = new HoldPlaced(HOLD, TENANT, EVENT, PERFORMANCE, LINES, TOTAL, PLACES,
            Digests.sha256Hex(TOKEN), EXPIRES, NOW);

    private final AggregateTestFixture<Hold> fixture = new AggregateTestFixture<>(Hold.class);

    @BeforeEach
    void atAFixedTime() {
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aHoldIsRecordedWithItsTokenDigestAndItsExpiryScheduled() {
        fixture.givenNoPriorActivity()
                .when(RECORD)
                .expectSuccessfulHandlerExecution()
                .expectEvents(PLACED)
                .expectScheduledDeadline(EXPIRES, new Hold.Expiry(HOLD));
    }

    @Test
    void theBuyersTokenReleasesTheHoldAndAnswersThePlacesToFree() {
        fixture.given(PLACED)
                .when(new ReleaseHoldCommand(HOLD, TENANT, Digests.sha256Hex(TOKEN), false))
                .expectEvents(new HoldReleased(HOLD, TENANT, PERFORMANCE, PLACES, false, NOW))
                .expectResultMessagePayload(PLACES);
    }

    @Test
    void staffReleaseAHoldWithoutItsToken() {
        fixture.given(PLACED)
                .when(new ReleaseHoldCommand(HOLD, TENANT, null, true))
                .expectEvents(new HoldReleased(HOLD, TENANT, PERFORMANCE, PLACES, true, NOW));
    }

    @Test
    void aWrongTokenFindsNoHold() {
        fixture.given(PLACED)
                .when(new ReleaseHoldCommand(HOLD, TENANT, Digests.sha256Hex("guessed"), false))
                .expectNoEvents()
                .expectException(Rejections.HoldNotFound.class);
    }

    @Test
    void anotherOrganisationFindsNoHold() {
        fixture.given(PLACED)
                .when(new ReleaseHoldCommand(HOLD, TenantId.random(), null, true))
                .expectNoEvents()
                .expectException(Rejections.HoldNotFound.class);
    }

    @Test
    void releasingAnEndedHoldChangesNothing() {
        fixture.given(PLACED, new HoldExpired(HOLD, TENANT, PERFORMANCE, PLACES, EXPIRES))
                .when(new ReleaseHoldCommand(HOLD, TENANT, Digests.sha256Hex(TOKEN), false))
                .expectNoEvents()
                .expectResultMessagePayload(List.of());
    }

    @Test
    void theHoldExpiresAtItsDeadline() {
        fixture.givenCommands(RECORD)
                .whenTimeAdvancesTo(EXPIRES)
                .expectTriggeredDeadlinesWithName(Hold.EXPIRY)
                .expectEvents(new HoldExpired(HOLD, TENANT, PERFORMANCE, PLACES, NOW));
    }

    @Test
    void aReleasedHoldDoesNotExpire() {
        fixture.givenCommands(RECORD, new ReleaseHoldCommand(HOLD, TENANT, null, true))
                .whenTimeAdvancesTo(EXPIRES)
                .expectTriggeredDeadlinesWithName(Hold.EXPIRY)
                .expectNoEvents();
    }

    private static final OrderId ORDER = OrderId.of("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");

    @Test
    void aLiveHoldWithItsTokenBecomesAnOrderAndHandsOverItsLinesAndPlaces() {
        fixture.given(PLACED)
                .when(new ConvertHoldCommand(HOLD, TENANT, Digests.sha256Hex(TOKEN), ORDER))
                .expectEvents(new HoldConverted(HOLD, TENANT, PERFORMANCE, PLACES, ORDER, NOW))
                .expectResultMessagePayload(new ConvertedHold(HOLD, EVENT, PERFORMANCE, LINES, TOTAL, PLACES));
    }

    @Test
    void aWrongTokenConvertsNoHold() {
        fixture.given(PLACED)
                .when(new ConvertHoldCommand(HOLD, TENANT, Digests.sha256Hex("guessed"), ORDER))
                .expectNoEvents()
                .expectException(Rejections.HoldNotFound.class);
    }

    @Test
    void anotherOrganisationConvertsNoHold() {
        fixture.given(PLACED)
                .when(new ConvertHoldCommand(HOLD, TenantId.random(), Digests.sha256Hex(TOKEN), ORDER))
                .expectNoEvents()
                .expectException(Rejections.HoldNotFound.class);
    }

    @Test
    void anExpiredHoldCannotBecomeAnOrder() {
        fixture.given(PLACED, new HoldExpired(HOLD, TENANT, PERFORMANCE, PLACES, EXPIRES))
                .when(new ConvertHoldCommand(HOLD, TENANT, Digests.sha256Hex(TOKEN), ORDER))
                .expectNoEvents()
                .expectException(Rejections.HoldNotLive.class);
    }

    @Test
    void aHoldPastItsExpiryCannotBecomeAnOrderBeforeItsDeadlineRan() {
        AggregateTestFixture<Hold> later = new AggregateTestFixture<>(Hold.class);
        later.registerInjectableResource(Clock.fixed(EXPIRES, ZoneOffset.UTC));
        later.given(PLACED)
                .when(new ConvertHoldCommand(HOLD, TENANT, Digests.sha256Hex(TOKEN), ORDER))
                .expectNoEvents()
                .expectException(Rejections.HoldNotLive.class);
    }

    @Test
    void aHoldIsConvertedOnlyOnce() {
        fixture.given(PLACED, new HoldConverted(HOLD, TENANT, PERFORMANCE, PLACES, ORDER, NOW))
                .when(new ConvertHoldCommand(HOLD, TENANT, Digests.sha256Hex(TOKEN), OrderId.random()))
                .expectNoEvents()
                .expectException(Rejections.HoldNotLive.class);
    }

    @Test
    void aConvertedHoldDoesNotExpire() {
        fixture.givenCommands(RECORD, new ConvertHoldCommand(HOLD, TENANT, Digests.sha256Hex(TOKEN), ORDER))
                .whenTimeAdvancesTo(EXPIRES)
                .expectTriggeredDeadlinesWithName(Hold.EXPIRY)
                .expectNoEvents();
    }
}
