package io.admitone.projections.search;

import io.admitone.kernel.catalog.event.EventCreated;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceCancelled;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.catalog.event.PerformanceTimes;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.StandingCapacityChanged;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.AdmitOneServer;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event's free places in the search model: redelivered holds count once, capacity changes count, and the places
 * of a cancelled performance do not. The test sits in the projection's package to call its handlers directly.
 */
@SpringBootTest(classes = AdmitOneServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventSearchPlacesTest extends ServerIntegrationTest {

    private static final Instant NOW = Instant.parse("2030-03-01T19:30:00Z");

    @Autowired
    private EventSearchProjection events;

    @Autowired
    private EventSearchParts parts;

    @Autowired
    private EventSearchPlaces places;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcTemplate jdbc;

    private final TenantId tenant = TenantId.random();
    private final EventId event = EventId.random();
    private final PerformanceId performance = PerformanceId.random();
    private final PartitionId slice = PartitionId.of(performance, "Floor#0");

    @BeforeEach
    void anEventWithAPerformanceOfTenPlaces() {
        applied(1, token -> events.on(new EventCreated(event, tenant, VenueId.random(), "Tosca", null, "opera",
                List.of(), null, NOW), token));
        applied(2, token -> parts.on(new PerformanceScheduled(event, tenant, performance, VenueId.random(),
                new PerformanceTimes(NOW, NOW.plusSeconds(3600), null, NOW.minusSeconds(3600), NOW), NOW), token));
        applied(3, token -> places.on(new StandingPartitionOpened(slice, tenant, event, performance, "Floor", 0, 1,
                10, NOW), token));
    }

    @Test
    void aRedeliveredHoldCountsOnceAndAReleaseGivesThePlacesBack() {
        StandingPlacesHeld held = new StandingPlacesHeld(slice, tenant, performance, "Floor", 0, HoldId.random(), 4,
                NOW, NOW);
        applied(4, token -> places.on(held, token));
        applied(4, token -> places.on(held, token));
        assertThat(freePlaces()).isEqualTo(6);

        applied(5, token -> places.on(new StandingPlacesReleased(slice, tenant, performance, "Floor", 0,
                held.holdId(), 4, true, NOW), token));
        assertThat(freePlaces()).isEqualTo(10);
    }

    @Test
    void aNewCapacityCountsAndACancelledPerformancesPlacesDoNot() {
        applied(4, token -> places.on(new StandingCapacityChanged(slice, tenant, performance, "Floor", 0, 3, NOW),
                token));
        assertThat(freePlaces()).isEqualTo(3);

        applied(5, token -> parts.on(new PerformanceCancelled(event, tenant, performance, "Storm", NOW), token));
        assertThat(freePlaces()).isZero();
    }

    private int freePlaces() {
        return jdbc.queryForObject("select free_places from read.event_search where event_id = ?", Integer.class,
                event.value());
    }

    private void applied(long position, Consumer<GlobalSequenceTrackingToken> handler) {
        transactions.executeWithoutResult(status -> handler.accept(new GlobalSequenceTrackingToken(position)));
    }
}
