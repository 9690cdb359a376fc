package io.admitone.projections.catalog.venue;

import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SeatFlag;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueCreated;
import io.admitone.kernel.catalog.venue.VenueDetailsChanged;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.AdmitOneServer;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redelivered venue events leave the read models as they were: one row per seat, the latest details. The test sits
 * in the projection's package to call its handlers directly, so it names the server's configuration itself.
 */
@SpringBootTest(classes = AdmitOneServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VenueProjectionTest extends ServerIntegrationTest {

    private static final Instant CREATED_AT = Instant.parse("2027-03-01T19:30:00Z");

    @Autowired
    private VenueProjection projection;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aRedeliveredCreationWritesTheSeatMapOnce() {
        VenueId venue = VenueId.random();
        VenueCreated created = new VenueCreated(venue, TenantId.random(), "Club", "Europe/Berlin", null, null, List.of(
                new SectionLayout("A", SectionKind.SEATED, "front", List.of(new RowLayout("1", 3, null, null,
                        Map.of("2", Set.of(SeatFlag.AISLE, SeatFlag.WHEELCHAIR)))), null),
                new SectionLayout("Floor", SectionKind.STANDING, null, List.of(), 100)), 3, 103, CREATED_AT);

        applied(() -> projection.on(created, new GlobalSequenceTrackingToken(7)));
        applied(() -> projection.on(created, new GlobalSequenceTrackingToken(7)));

        assertThat(jdbc.queryForList("select seat_key || ' ' || array_to_string(flags, ',') from read.venue_seat "
                + "where venue_id = ? order by ordinal", String.class, venue.value()))
                .containsExactly("A-1-1 ", "A-1-2 aisle,wheelchair", "A-1-3 ");
        assertThat(jdbc.queryForList("select name || ' ' || capacity from read.venue_section where venue_id = ? "
                + "order by ordinal", String.class, venue.value())).containsExactly("A 3", "Floor 100");
    }

    @Test
    void anEarlierDetailsChangeNeverUndoesALaterOne() {
        VenueId venue = VenueId.random();
        TenantId tenant = TenantId.random();
        applied(() -> projection.on(new VenueCreated(venue, tenant, "Club", "Europe/Berlin", null, null,
                List.of(new SectionLayout("Floor", SectionKind.STANDING, null, List.of(), 100)), 0, 100, CREATED_AT),
                new GlobalSequenceTrackingToken(1)));
        applied(() -> projection.on(new VenueDetailsChanged(venue, tenant, "Later", "Europe/Berlin", "Berlin", null,
                CREATED_AT.plusSeconds(2)), new GlobalSequenceTrackingToken(3)));
        applied(() -> projection.on(new VenueDetailsChanged(venue, tenant, "Earlier", "Europe/Berlin", null, null,
                CREATED_AT.plusSeconds(1)), new GlobalSequenceTrackingToken(2)));

        assertThat(jdbc.queryForMap("select name, city, position from read.venue where venue_id = ?", venue.value()))
                .containsEntry("name", "Later").containsEntry("city", "Berlin").containsEntry("position", 3L);
    }

    private void applied(Runnable handler) {
        transactions.executeWithoutResult(status -> handler.run());
    }
}
