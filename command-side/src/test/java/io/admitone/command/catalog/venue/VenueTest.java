package io.admitone.command.catalog.venue;

import io.admitone.kernel.catalog.venue.ChangeVenueDetailsCommand;
import io.admitone.kernel.catalog.venue.CreateVenueCommand;
import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SeatFlag;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueCreated;
import io.admitone.kernel.catalog.venue.VenueDetailsChanged;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.admitone.command.catalog.venue.SeatMaps.row;
import static io.admitone.command.catalog.venue.SeatMaps.seated;
import static io.admitone.command.catalog.venue.SeatMaps.standing;

/** Creating venues, changing their details, and answering their layouts; the seat-map rules are in {@link SeatMapRulesTest}. */
class VenueTest {

    static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    static final VenueId VENUE = VenueId.of("0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
    static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    static final List<SectionLayout> ARENA = List.of(
            seated("A", "front", row("1", 20), row("2", 20)),
            standing("Floor", 500));
    static final VenueCreated CREATED = new VenueCreated(VENUE, TENANT, "Arena", "Europe/Berlin", "Berlin",
            "Am Ostbahnhof 1", ARENA, 40, 540, NOW);

    /** Asks for a layout inside a command's unit of work, as the catalog's command handlers will. */
    record LayoutOf(TenantId tenantId, VenueId venueId) {
    }

    record LayoutQueries(VenueLayouts layouts) {
        @CommandHandler
        VenueLayout handle(LayoutOf query) {
            return layouts.of(query.tenantId(), query.venueId());
        }
    }

    private AggregateTestFixture<Venue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Venue.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerAnnotatedCommandHandler(new LayoutQueries(new RepositoryVenueLayouts(fixture.getRepository())));
    }

    @Test
    void creatingAVenueRecordsItsCompactSeatMapWithTotals() {
        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, TENANT, " Arena ", "Europe/Berlin", " Berlin ", "Am Ostbahnhof 1",
                        ARENA))
                .expectEvents(CREATED);
    }

    @Test
    void explicitLabelsRowZonesAndFlagsAreKeptAndSeatsWithoutFlagsLeftOut() {
        RowLayout box = new RowLayout("B1", null, List.of("101", "102", "103"), "box", Map.of(
                "101", Set.of(SeatFlag.WHEELCHAIR), "102", Set.of(SeatFlag.COMPANION, SeatFlag.AISLE), "103", Set.of()));
        RowLayout recorded = new RowLayout("B1", null, List.of("101", "102", "103"), "box", Map.of(
                "101", Set.of(SeatFlag.WHEELCHAIR), "102", Set.of(SeatFlag.COMPANION, SeatFlag.AISLE)));
        RowLayout numbered = new RowLayout("1", 4, null, null, Map.of("4", Set.of(SeatFlag.RESTRICTED_VIEW)));
        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, TENANT, "Club", "Europe/Vienna", "", "  ",
                        List.of(seated("Balcony", "rear", box, numbered))))
                .expectEvents(new VenueCreated(VENUE, TENANT, "Club", "Europe/Vienna", null, null,
                        List.of(seated("Balcony", "rear", recorded, numbered)), 7, 7, NOW));
    }

    @Test
    void aVenueOfAHundredThousandSeatsIsOneSmallEvent() {
        List<SectionLayout> sections = SeatMaps.blocks(10, 100, 100);
        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, TENANT, "Stadium", "Europe/London", null, null, sections))
                .expectEvents(new VenueCreated(VENUE, TENANT, "Stadium", "Europe/London", null, null, sections,
                        100_000, 100_000, NOW));
    }

    @Test
    void invalidDetailsAreRejectedOnCreation() {
        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, TENANT, "Arena", "+01:00", null, null, ARENA))
                .expectException(InvalidVenueDetails.class)
                .expectExceptionMessage("timeZone must be a time-zone region id such as Europe/Berlin, not '+01:00'")
                .expectNoEvents();
    }

    @Test
    void anInvalidSeatMapIsRejectedOnCreation() {
        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, TENANT, "Arena", "Europe/Berlin", null, null,
                        List.of(seated("A", "front", row("1-2", 10)))))
                .expectException(InvalidSeatMap.class)
                .expectExceptionMessage("Section 'A', row '1-2': a row label must be 1 to 16 letters (A-Z, a-z) and digits")
                .expectNoEvents();
    }

    @Test
    void changingDetailsRecordsAllOfThemInCanonicalForm() {
        fixture.given(CREATED)
                .when(new ChangeVenueDetailsCommand(VENUE, TENANT, " Arena Berlin ", "Europe/Berlin", null,
                        " Mercedes-Platz 1 "))
                .expectEvents(new VenueDetailsChanged(VENUE, TENANT, "Arena Berlin", "Europe/Berlin", null,
                        "Mercedes-Platz 1", NOW));
    }

    @Test
    void detailsEqualToTheCurrentOnesChangeNothing() {
        fixture.given(CREATED)
                .when(new ChangeVenueDetailsCommand(VENUE, TENANT, "Arena ", "Europe/Berlin", "Berlin",
                        "Am Ostbahnhof 1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherOrganisationIsToldTheVenueDoesNotExist() {
        fixture.given(CREATED)
                .when(new ChangeVenueDetailsCommand(VENUE, TenantId.random(), "Taken over", "Europe/Berlin", null, null))
                .expectException(VenueNotFound.class)
                .expectExceptionMessage("No venue " + VENUE)
                .expectNoEvents();
    }

    @Test
    void invalidDetailsAreRejectedOnChange() {
        fixture.given(CREATED)
                .when(new ChangeVenueDetailsCommand(VENUE, TENANT, " ", "Europe/Berlin", null, null))
                .expectException(InvalidVenueDetails.class)
                .expectExceptionMessage("name must be non-blank text of at most 200 characters, not ' '")
                .expectNoEvents();
    }

    @Test
    void theLayoutIsTheRecordedSeatMapInTheCurrentTimeZone() {
        fixture.given(CREATED, new VenueDetailsChanged(VENUE, TENANT, "Arena", "Europe/Paris", null, null, NOW))
                .when(new LayoutOf(TENANT, VENUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new VenueLayout(VENUE, TENANT, "Europe/Paris", ARENA));
    }

    @Test
    void anotherOrganisationsLayoutIsNotFound() {
        fixture.given(CREATED)
                .when(new LayoutOf(TenantId.random(), VENUE))
                .expectException(VenueNotFound.class)
                .expectNoEvents();
    }

    @Test
    void theLayoutOfAMissingVenueIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new LayoutOf(TENANT, VENUE))
                .expectException(VenueNotFound.class)
                .expectNoEvents();
    }
}
