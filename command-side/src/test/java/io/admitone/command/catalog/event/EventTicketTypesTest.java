package io.admitone.command.catalog.event;

import io.admitone.kernel.catalog.event.AddTicketTypeCommand;
import io.admitone.kernel.catalog.event.ChangeTicketTypeCommand;
import io.admitone.kernel.catalog.event.PerformanceCancelled;
import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.money.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.Stream;

import static io.admitone.command.catalog.event.EventFixtures.CREATED;
import static io.admitone.command.catalog.event.EventFixtures.EVENT;
import static io.admitone.command.catalog.event.EventFixtures.FLOOR;
import static io.admitone.command.catalog.event.EventFixtures.FLOOR_ADDED;
import static io.admitone.command.catalog.event.EventFixtures.FLOOR_TERMS;
import static io.admitone.command.catalog.event.EventFixtures.FRONT;
import static io.admitone.command.catalog.event.EventFixtures.NOW;
import static io.admitone.command.catalog.event.EventFixtures.PERFORMANCE;
import static io.admitone.command.catalog.event.EventFixtures.PUBLISHED;
import static io.admitone.command.catalog.event.EventFixtures.SCHEDULED;
import static io.admitone.command.catalog.event.EventFixtures.TENANT;
import static io.admitone.command.catalog.event.EventFixtures.TIMES;
import static io.admitone.command.catalog.event.EventFixtures.seated;
import static io.admitone.command.catalog.event.EventFixtures.standing;

/** An event's ticket types: what they sell, at what price, when and how many per order. */
class EventTicketTypesTest {

    static final Money PRICE = Money.of("49.50", "EUR");
    static final Instant SALES_OPEN = TIMES.onSaleFrom();
    static final Instant SALES_CLOSE = TIMES.onSaleUntil();

    private AggregateTestFixture<Event> fixture;

    @BeforeEach
    void setUp() {
        fixture = EventFixtures.fixture();
    }

    @Test
    void addingAStandingTicketTypeRecordsItsTermsInCanonicalForm() {
        TicketTypeTerms given = new TicketTypeTerms(" Floor ", PRICE, "Floor", " ", 2, 8, SALES_OPEN.plusSeconds(60),
                SALES_CLOSE, false, new BigDecimal("19"), false, Money.of("2.00", "EUR"), new BigDecimal("2.5"));
        TicketTypeTerms recorded = new TicketTypeTerms("Floor", PRICE, "Floor", null, 2, 8, SALES_OPEN.plusSeconds(60),
                SALES_CLOSE, false, new BigDecimal("19.00"), false, Money.of("2.00", "EUR"), new BigDecimal("2.50"));
        fixture.given(CREATED, SCHEDULED)
                .when(new AddTicketTypeCommand(EVENT, TENANT, FLOOR, given))
                .expectEvents(new TicketTypeAdded(EVENT, TENANT, FLOOR, recorded, NOW));
    }

    @Test
    void aTicketTypeMaySellTheSeatsOfAPriceZoneForFree() {
        TicketTypeTerms free = seated("Guest list", Money.zero("EUR"));
        fixture.given(CREATED)
                .when(new AddTicketTypeCommand(EVENT, TENANT, FRONT, free))
                .expectEvents(new TicketTypeAdded(EVENT, TENANT, FRONT, free, NOW));
    }

    @Test
    void addingTheSameTicketTypeAgainChangesNothing() {
        fixture.given(CREATED, FLOOR_ADDED)
                .when(new AddTicketTypeCommand(EVENT, TENANT, FLOOR, FLOOR_TERMS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aTicketTypeIdCannotBeUsedAgainForOtherTerms() {
        fixture.given(CREATED, FLOOR_ADDED)
                .when(new AddTicketTypeCommand(EVENT, TENANT, FLOOR, standing("Floor", Money.of("10.00", "EUR"))))
                .expectException(TicketTypeAlreadyAdded.class)
                .expectNoEvents();
    }

    static Stream<TicketTypeTerms> invalidTerms() {
        return Stream.of(
                null,
                terms(" ", PRICE, "Floor", null, 1, 10),
                terms("x".repeat(101), PRICE, "Floor", null, 1, 10),
                terms("Floor", null, "Floor", null, 1, 10),
                terms("Floor", Money.of("-0.01", "EUR"), "Floor", null, 1, 10),
                terms("Both", PRICE, "Floor", "front", 1, 10),
                terms("Neither", PRICE, null, null, 1, 10),
                terms("Floor", PRICE, "Floor", null, 0, 10),
                terms("Floor", PRICE, "Floor", null, 5, 4),
                terms("Floor", PRICE, "Floor", null, 1, 101),
                withTax(new BigDecimal("-1")), withTax(new BigDecimal("100.01")), withTax(new BigDecimal("7.125")),
                withTax(null),
                withFees(Money.of("-1.00", "EUR"), null),
                withFees(null, new BigDecimal("101")),
                withFees(null, new BigDecimal("-0.5")));
    }

    @ParameterizedTest
    @MethodSource("invalidTerms")
    void termsBreakingTheirRulesAreRejected(TicketTypeTerms terms) {
        fixture.given(CREATED, SCHEDULED)
                .when(new AddTicketTypeCommand(EVENT, TENANT, FRONT, terms))
                .expectException(InvalidTicketType.class)
                .expectNoEvents();
        fixture.given(CREATED, SCHEDULED, FLOOR_ADDED)
                .when(new ChangeTicketTypeCommand(EVENT, TENANT, FLOOR, terms))
                .expectException(InvalidTicketType.class)
                .expectNoEvents();
    }

    @Test
    void aSectionMustBeAStandingSectionOfTheVenue() {
        for (String section : new String[]{"A", "Balcony"}) {
            fixture.given(CREATED)
                    .when(new AddTicketTypeCommand(EVENT, TENANT, FRONT, terms("Seats", PRICE, section, null, 1, 10)))
                    .expectException(UnknownStandingSection.class)
                    .expectNoEvents();
        }
    }

    @Test
    void aPriceZoneMustHaveSeatsInTheVenue() {
        for (String zone : new String[]{"box", "rear", "Front"}) {
            fixture.given(CREATED)
                    .when(new AddTicketTypeCommand(EVENT, TENANT, FRONT, terms("Seats", PRICE, null, zone, 1, 10)))
                    .expectException(UnknownPriceZone.class)
                    .expectNoEvents();
        }
    }

    @Test
    void allTicketTypesOfAnEventAreInOneCurrency() {
        fixture.given(CREATED, FLOOR_ADDED)
                .when(new AddTicketTypeCommand(EVENT, TENANT, FRONT, seated("Front", Money.of("89.00", "CHF"))))
                .expectException(CurrencyMismatch.class)
                .expectNoEvents();
    }

    @Test
    void aFixedFeeIsInThePricesCurrency() {
        fixture.given(CREATED)
                .when(new AddTicketTypeCommand(EVENT, TENANT, FLOOR, withFees(Money.of("2.00", "USD"), null)))
                .expectException(CurrencyMismatch.class)
                .expectNoEvents();
    }

    @Test
    void theOnlyTicketTypeMayChangeItsCurrency() {
        TicketTypeTerms inFrancs = standing("Floor", Money.of("55.00", "CHF"));
        fixture.given(CREATED, FLOOR_ADDED)
                .when(new ChangeTicketTypeCommand(EVENT, TENANT, FLOOR, inFrancs))
                .expectEvents(new TicketTypeChanged(EVENT, TENANT, FLOOR, inFrancs, NOW));
    }

    @Test
    void aSalesWindowMayCoverThePerformancesOnSaleSpan() {
        TicketTypeTerms early = withWindow(SALES_OPEN, SALES_CLOSE);
        fixture.given(CREATED, SCHEDULED)
                .when(new AddTicketTypeCommand(EVENT, TENANT, FLOOR, early))
                .expectEvents(new TicketTypeAdded(EVENT, TENANT, FLOOR, early, NOW));
    }

    static Stream<TicketTypeTerms> windowsOutsideTheSpan() {
        return Stream.of(
                withWindow(SALES_OPEN.minusSeconds(1), null),
                withWindow(null, SALES_CLOSE.plusSeconds(1)),
                withWindow(SALES_CLOSE, null),
                withWindow(null, SALES_OPEN),
                withWindow(SALES_OPEN.plusSeconds(60), SALES_OPEN.plusSeconds(60)),
                withWindow(SALES_OPEN.plusSeconds(120), SALES_OPEN.plusSeconds(60)));
    }

    @ParameterizedTest
    @MethodSource("windowsOutsideTheSpan")
    void aSalesWindowMustLieWithinThePerformancesOnSaleSpan(TicketTypeTerms terms) {
        fixture.given(CREATED, SCHEDULED)
                .when(new AddTicketTypeCommand(EVENT, TENANT, FLOOR, terms))
                .expectException(InvalidTicketType.class)
                .expectNoEvents();
    }

    @Test
    void aSalesWindowNeedsAPerformanceThatIsNotCancelled() {
        TicketTypeTerms windowed = withWindow(SALES_OPEN, SALES_CLOSE);
        fixture.given(CREATED)
                .when(new AddTicketTypeCommand(EVENT, TENANT, FLOOR, windowed))
                .expectException(InvalidTicketType.class)
                .expectNoEvents();
        fixture.given(CREATED, SCHEDULED, new PerformanceCancelled(EVENT, TENANT, PERFORMANCE, "Storm", NOW))
                .when(new AddTicketTypeCommand(EVENT, TENANT, FLOOR, windowed))
                .expectException(InvalidTicketType.class)
                .expectNoEvents();
    }

    @Test
    void changingATicketTypeReplacesItsTerms() {
        TicketTypeTerms seats = seated("Front", Money.of("89.00", "EUR"));
        fixture.given(CREATED, FLOOR_ADDED)
                .when(new ChangeTicketTypeCommand(EVENT, TENANT, FLOOR, seats))
                .expectEvents(new TicketTypeChanged(EVENT, TENANT, FLOOR, seats, NOW));
    }

    @Test
    void termsEqualToTheCurrentOnesChangeNothing() {
        fixture.given(CREATED, FLOOR_ADDED)
                .when(new ChangeTicketTypeCommand(EVENT, TENANT, FLOOR,
                        terms(" Floor", PRICE, "Floor", null, 1, 10)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anUnknownTicketTypeIsNotFound() {
        fixture.given(CREATED, FLOOR_ADDED)
                .when(new ChangeTicketTypeCommand(EVENT, TENANT, TicketTypeId.random(), FLOOR_TERMS))
                .expectException(TicketTypeNotFound.class)
                .expectNoEvents();
    }

    @Test
    void afterPublishingATicketTypeKeepsWhatItSells() {
        fixture.given(CREATED, SCHEDULED, FLOOR_ADDED, PUBLISHED)
                .when(new ChangeTicketTypeCommand(EVENT, TENANT, FLOOR, seated("Floor", PRICE)))
                .expectException(TicketTypePlacesFixed.class)
                .expectNoEvents();
    }

    @Test
    void afterPublishingATicketTypeMayChangeItsPrice() {
        TicketTypeTerms dearer = standing("Floor", Money.of("59.50", "EUR"));
        fixture.given(CREATED, SCHEDULED, FLOOR_ADDED, PUBLISHED)
                .when(new ChangeTicketTypeCommand(EVENT, TENANT, FLOOR, dearer))
                .expectEvents(new TicketTypeChanged(EVENT, TENANT, FLOOR, dearer, NOW));
    }

    private static TicketTypeTerms terms(String name, Money price, String section, String zone, int min, int max) {
        return new TicketTypeTerms(name, price, section, zone, min, max, null, null, true, BigDecimal.ZERO, true, null,
                null);
    }

    private static TicketTypeTerms withTax(BigDecimal taxRate) {
        return new TicketTypeTerms("Floor", PRICE, "Floor", null, 1, 10, null, null, true, taxRate, true, null, null);
    }

    private static TicketTypeTerms withFees(Money fixed, BigDecimal percent) {
        return new TicketTypeTerms("Floor", PRICE, "Floor", null, 1, 10, null, null, true, BigDecimal.ZERO, true,
                fixed, percent);
    }

    private static TicketTypeTerms withWindow(Instant from, Instant until) {
        return new TicketTypeTerms("Floor", PRICE, "Floor", null, 1, 10, from, until, true, new BigDecimal("0.00"),
                true, null, null);
    }
}
