package io.admitone.projections.catalog.event;

import io.admitone.kernel.catalog.event.EventCreated;
import io.admitone.kernel.catalog.event.EventEvent;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceCancelled;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.catalog.event.PerformanceTimes;
import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.AdmitOneServer;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redelivered events leave the event read models as they were, and an earlier event never undoes a later one. The
 * test sits in the projection's package to call its handlers directly, so it names the server's configuration itself.
 */
@SpringBootTest(classes = AdmitOneServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventProjectionTest extends ServerIntegrationTest {

    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
    private static final Instant MARCH = Instant.parse("2027-03-01T19:30:00Z");
    private static final Instant APRIL = Instant.parse("2027-04-01T19:30:00Z");

    @Autowired
    private EventProjection projection;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JdbcTemplate jdbc;

    private final EventId event = EventId.random();
    private final TenantId tenant = TenantId.random();
    private final PerformanceId march = PerformanceId.random();
    private final PerformanceId april = PerformanceId.random();
    private final TicketTypeId ticketType = TicketTypeId.random();

    @Test
    void aRedeliveredHistoryLeavesTheRowsAsTheyWere() {
        List<EventEvent> history = List.of(
                new EventCreated(event, tenant, VenueId.random(), "Strings", null, "concert", List.of("strings"), null, NOW),
                new PerformanceScheduled(event, tenant, march, VenueId.random(), times(MARCH), NOW),
                new PerformanceScheduled(event, tenant, april, VenueId.random(), times(APRIL), NOW),
                new TicketTypeAdded(event, tenant, ticketType, terms("Floor", "Floor", null), NOW),
                new TicketTypeChanged(event, tenant, ticketType, terms("Front", null, "front"), NOW),
                new PerformanceCancelled(event, tenant, march, "Storm", NOW.plusSeconds(60)));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < history.size(); i++) {
                long position = i + 1;
                EventEvent e = history.get(i);
                transactions.executeWithoutResult(status -> apply(e, new GlobalSequenceTrackingToken(position)));
            }
        }

        assertThat(jdbc.queryForMap("select first_starts_at, last_ends_at, updated_at, position from read.event "
                + "where event_id = ?", event.value()))
                .containsEntry("first_starts_at", Timestamp.from(APRIL))
                .containsEntry("last_ends_at", Timestamp.from(APRIL.plus(Duration.ofHours(3))))
                .containsEntry("updated_at", Timestamp.from(NOW.plusSeconds(60)))
                .containsEntry("position", 6L);
        assertThat(jdbc.queryForList("select status from read.performance where event_id = ? order by starts_at",
                String.class, event.value())).containsExactly("CANCELLED", "SCHEDULED");
        assertThat(jdbc.queryForMap("select name, section, price_zone, price_amount from read.ticket_type "
                + "where event_id = ?", event.value()))
                .containsEntry("name", "Front").containsEntry("section", null).containsEntry("price_zone", "front")
                .containsEntry("price_amount", new BigDecimal("49.5000"));
    }

    @Test
    void anEarlierTicketTypeChangeNeverUndoesALaterOne() {
        transactions.executeWithoutResult(status -> {
            projection.on(new EventCreated(event, tenant, VenueId.random(), "Strings", null, "concert", List.of(),
                    null, NOW), new GlobalSequenceTrackingToken(1));
            projection.on(new TicketTypeAdded(event, tenant, ticketType, terms("Floor", "Floor", null), NOW),
                    new GlobalSequenceTrackingToken(2));
            projection.on(new TicketTypeChanged(event, tenant, ticketType, terms("Later", "Floor", null), NOW),
                    new GlobalSequenceTrackingToken(4));
            projection.on(new TicketTypeChanged(event, tenant, ticketType, terms("Earlier", "Floor", null), NOW),
                    new GlobalSequenceTrackingToken(3));
        });

        assertThat(jdbc.queryForObject("select name from read.ticket_type where ticket_type_id = ?", String.class,
                ticketType.value())).isEqualTo("Later");
    }

    private void apply(EventEvent event, GlobalSequenceTrackingToken token) {
        switch (event) {
            case EventCreated e -> projection.on(e, token);
            case PerformanceScheduled e -> projection.on(e, token);
            case PerformanceCancelled e -> projection.on(e, token);
            case TicketTypeAdded e -> projection.on(e, token);
            case TicketTypeChanged e -> projection.on(e, token);
            default -> throw new IllegalArgumentException(event.toString());
        }
    }

    private static PerformanceTimes times(Instant startsAt) {
        return new PerformanceTimes(startsAt, startsAt.plus(Duration.ofHours(3)), null,
                startsAt.minus(Duration.ofDays(30)), startsAt);
    }

    private static TicketTypeTerms terms(String name, String section, String priceZone) {
        return new TicketTypeTerms(name, Money.of("49.50", "EUR"), section, priceZone, 1, 10, null, null, true,
                new BigDecimal("0.00"), true, null, null);
    }
}
