package io.admitone.command.catalog.venue;

import io.admitone.kernel.catalog.venue.CreateVenueCommand;
import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SeatFlag;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.admitone.command.catalog.venue.SeatMaps.labelled;
import static io.admitone.command.catalog.venue.SeatMaps.row;
import static io.admitone.command.catalog.venue.SeatMaps.seated;
import static io.admitone.command.catalog.venue.SeatMaps.standing;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** Every rule of a seat map and of a venue's details, each broken once, with the message that names the fault. */
class SeatMapRulesTest {

    private static final VenueId VENUE = VenueId.random();
    private static final TenantId TENANT = TenantId.random();
    private static final SectionLayout VALID = seated("A", "front", row("1", 10));

    private AggregateTestFixture<Venue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Venue.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2027-03-01T19:30:00Z"), ZoneOffset.UTC));
    }

    @ParameterizedTest
    @MethodSource
    void aBrokenSeatMapRuleIsRejectedByName(List<SectionLayout> sections, String message) {
        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, TENANT, "Arena", "Europe/Berlin", null, null, sections))
                .expectException(InvalidSeatMap.class)
                .expectExceptionMessage(message)
                .expectNoEvents();
    }

    static Stream<Arguments> aBrokenSeatMapRuleIsRejectedByName() {
        String labelRule = "1 to 16 letters (A-Z, a-z) and digits";
        return Stream.of(
                argumentSet("no sections", List.of(), "A venue needs 1 to 1000 sections, not 0"),
                argumentSet("too many sections", IntStream.range(0, 1001).mapToObj(i -> standing("S" + i, 1)).toList(),
                        "A venue needs 1 to 1000 sections, not 1001"),
                argumentSet("a dash in a section name", List.of(seated("A-1", "front", row("1", 1))),
                        "Section 'A-1': a section name must be " + labelRule),
                argumentSet("a missing section name", List.of(seated(null, "front", row("1", 1))),
                        "Section 'null': a section name must be " + labelRule),
                argumentSet("a section name of 17 characters", List.of(seated("A".repeat(17), "front", row("1", 1))),
                        "Section '" + "A".repeat(17) + "': a section name must be " + labelRule),
                argumentSet("a section name with a blank", List.of(seated("Block A", "front", row("1", 1))),
                        "Section 'Block A': a section name must be " + labelRule),
                argumentSet("a section name twice", List.of(VALID, standing("A", 10)),
                        "Section 'A' appears twice; section names must be unique"),
                argumentSet("a section without a kind", List.of(new SectionLayout("A", null, "front", List.of(row("1", 1)), null)),
                        "Section 'A': kind must be SEATED or STANDING"),
                argumentSet("a seated section without rows", List.of(seated("A", "front")),
                        "Section 'A': a seated section needs at least one row"),
                argumentSet("a seated section with a capacity",
                        List.of(new SectionLayout("A", SectionKind.SEATED, "front", List.of(row("1", 1)), 1)),
                        "Section 'A': a seated section holds as many as its seats; leave out capacity"),
                argumentSet("a section price zone with a blank", List.of(seated("A", "front row", row("1", 1))),
                        "Section 'A': price zone 'front row' must be 1 to 32 letters, digits, '-' and '_'"),
                argumentSet("a dash in a row label", List.of(seated("A", "front", row("1-2", 1))),
                        "Section 'A', row '1-2': a row label must be " + labelRule),
                argumentSet("a missing row label", List.of(seated("A", "front", row(null, 1))),
                        "Section 'A', row 'null': a row label must be " + labelRule),
                argumentSet("a row label twice", List.of(seated("A", "front", row("1", 1), row("2", 1), row("1", 1))),
                        "Section 'A', row '1': appears twice; row labels must be unique within a section"),
                argumentSet("a row with seats and seat labels",
                        List.of(seated("A", "front", new RowLayout("1", 2, List.of("1", "2"), null, null))),
                        "Section 'A', row '1': give either seats or seatLabels, not both"),
                argumentSet("a row with neither seats nor seat labels",
                        List.of(seated("A", "front", new RowLayout("1", null, null, null, null))),
                        "Section 'A', row '1': a row needs seats (how many, numbered from 1) or seatLabels"),
                argumentSet("a row of no seats", List.of(seated("A", "front", row("1", 0))),
                        "Section 'A', row '1': seats must be 1 to 1000, not 0"),
                argumentSet("a row of 1001 seats", List.of(seated("A", "front", row("1", 1001))),
                        "Section 'A', row '1': seats must be 1 to 1000, not 1001"),
                argumentSet("a row of no seat labels", List.of(seated("A", "front", labelled("1"))),
                        "Section 'A', row '1': seatLabels must name 1 to 1000 seats, not 0"),
                argumentSet("a row of 1001 seat labels", List.of(seated("A", "front", labelled("1",
                                IntStream.rangeClosed(1, 1001).mapToObj(Integer::toString).toArray(String[]::new)))),
                        "Section 'A', row '1': seatLabels must name 1 to 1000 seats, not 1001"),
                argumentSet("a dash in a seat label", List.of(seated("A", "front", labelled("1", "7", "7-1"))),
                        "Section 'A', row '1', seat '7-1': a seat label must be " + labelRule),
                argumentSet("an empty seat label", List.of(seated("A", "front", labelled("1", "7", ""))),
                        "Section 'A', row '1', seat '': a seat label must be " + labelRule),
                argumentSet("a seat label twice in a row", List.of(seated("A", "front", labelled("1", "7", "8", "7"))),
                        "Section 'A', row '1', seat '7': appears twice; seat labels must be unique within a row"),
                argumentSet("seats without a price zone", List.of(seated("A", null, row("1", 1))),
                        "Section 'A', row '1': its seats need a price zone; give the section or the row one"),
                argumentSet("a row price zone with a blank",
                        List.of(seated("A", null, new RowLayout("1", 1, null, "front row", null))),
                        "Section 'A', row '1': price zone 'front row' must be 1 to 32 letters, digits, '-' and '_'"),
                argumentSet("a price zone of 33 characters",
                        List.of(seated("A", null, new RowLayout("1", 1, null, "z".repeat(33), null))),
                        "Section 'A', row '1': price zone '" + "z".repeat(33) + "' must be 1 to 32 letters, digits, '-' and '_'"),
                argumentSet("flags for a seat past the row's end", List.of(seated("A", "front", flagged(20, "21"))),
                        "Section 'A', row '1', seat '21': has flags, but the row has no such seat"),
                argumentSet("flags for a seat numbered with a leading zero", List.of(seated("A", "front", flagged(20, "07"))),
                        "Section 'A', row '1', seat '07': has flags, but the row has no such seat"),
                argumentSet("flags for a seat the labels do not name", List.of(seated("A", "front",
                                new RowLayout("1", null, List.of("7", "8"), null, Map.of("9", Set.of(SeatFlag.AISLE))))),
                        "Section 'A', row '1', seat '9': has flags, but the row has no such seat"),
                argumentSet("an unknown seat flag", List.of(seated("A", "front",
                                new RowLayout("1", 2, null, null, Map.of("2", Collections.<SeatFlag>singleton(null))))),
                        "Section 'A', row '1', seat '2': flags must be known seat flags"),
                argumentSet("a standing section with rows",
                        List.of(new SectionLayout("Floor", SectionKind.STANDING, null, List.of(row("1", 1)), 10)),
                        "Section 'Floor': a standing section has no rows; give it a capacity instead"),
                argumentSet("a standing section with a price zone",
                        List.of(new SectionLayout("Floor", SectionKind.STANDING, "front", List.of(), 10)),
                        "Section 'Floor': a standing section has no price zone; ticket types sell it by section"),
                argumentSet("a standing section without a capacity",
                        List.of(new SectionLayout("Floor", SectionKind.STANDING, null, List.of(), null)),
                        "Section 'Floor': a standing section needs a capacity of 1 to 1000000, not null"),
                argumentSet("a standing section of no places", List.of(standing("Floor", 0)),
                        "Section 'Floor': a standing section needs a capacity of 1 to 1000000, not 0"),
                argumentSet("a standing section of 1000001 places", List.of(standing("Floor", 1_000_001)),
                        "Section 'Floor': a standing section needs a capacity of 1 to 1000000, not 1000001"),
                argumentSet("more than 100000 seats", withOneSeatMore(SeatMaps.blocks(10, 100, 100)),
                        "Section 'Extra' takes the venue past 100000 seats, the most a venue may have"));
    }

    @ParameterizedTest
    @MethodSource
    void aBrokenDetailsRuleIsRejectedByName(String name, String timeZone, String city, String address, String message) {
        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, TENANT, name, timeZone, city, address, List.of(VALID)))
                .expectException(InvalidVenueDetails.class)
                .expectExceptionMessage(message)
                .expectNoEvents();
    }

    static Stream<Arguments> aBrokenDetailsRuleIsRejectedByName() {
        String nameRule = "name must be non-blank text of at most 200 characters, not ";
        String zoneRule = "timeZone must be a time-zone region id such as Europe/Berlin, not ";
        return Stream.of(
                argumentSet("no name", null, "Europe/Berlin", null, null, nameRule + "missing"),
                argumentSet("a blank name", "  ", "Europe/Berlin", null, null, nameRule + "'  '"),
                argumentSet("a name of 201 characters", "n".repeat(201), "Europe/Berlin", null, null,
                        nameRule + "'" + "n".repeat(201) + "'"),
                argumentSet("no time zone", "Arena", null, null, null, zoneRule + "missing"),
                argumentSet("a fixed offset", "Arena", "+01:00", null, null, zoneRule + "'+01:00'"),
                argumentSet("an unknown zone", "Arena", "Mars/Olympus", null, null, zoneRule + "'Mars/Olympus'"),
                argumentSet("a city of 101 characters", "Arena", "Europe/Berlin", "c".repeat(101), null,
                        "city must be at most 100 characters, not '" + "c".repeat(101) + "'"),
                argumentSet("an address of 501 characters", "Arena", "Europe/Berlin", null, "a".repeat(501),
                        "address must be at most 500 characters, not '" + "a".repeat(501) + "'"));
    }

    private static RowLayout flagged(int seats, String seat) {
        return new RowLayout("1", seats, null, null, Map.of(seat, Set.of(SeatFlag.WHEELCHAIR)));
    }

    private static List<SectionLayout> withOneSeatMore(List<SectionLayout> sections) {
        List<SectionLayout> more = new ArrayList<>(sections);
        more.add(seated("Extra", "main", row("1", 1)));
        return more;
    }
}
