package io.admitone.benchmarks.replay;

import io.admitone.kernel.catalog.event.EventCreated;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.EventPublished;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.catalog.event.PerformanceTimes;
import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueCreated;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.organisation.OrganisationCreated;
import io.admitone.kernel.organisation.TenantId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Writes the catalogue the sales need, as the command side would: organisations, each with a venue of a seated
 * section (20 rows of 50 seats, rows 1 to 10 in price zone A, the rest in B) and a standing field of 4,000 in two
 * slices, events with three performances and a ticket type per zone and for the field, published, and the
 * inventory partitions of every performance.
 */
final class CatalogueGenerator {

    static final String SEATED_SECTION = "Stalls";
    static final String FIELD = "Field";
    private static final int FIELD_CAPACITY = 4_000;
    private static final int SLICES = 2;
    private static final int EVENTS_PER_ORGANISATION = 2;
    private static final int PERFORMANCES_PER_EVENT = 3;

    private final EventAppender events;

    CatalogueGenerator(EventAppender events) {
        this.events = events;
    }

    List<OnSalePerformance> organisations(int count) {
        List<OnSalePerformance> performances = new ArrayList<>();
        for (int organisation = 1; organisation <= count; organisation++) {
            TenantId tenantId = TenantId.random();
            String slug = "replay-" + organisation + "-" + tenantId.value().toString().substring(0, 8);
            events.append("Organisation", tenantId, new OrganisationCreated(tenantId, "Replay organisation "
                    + organisation, slug, "EUR", "Europe/Berlin", "de-DE", events.now()));
            VenueId venueId = VenueId.random();
            SectionLayout stalls = new SectionLayout(SEATED_SECTION, SectionKind.SEATED, "A",
                    IntStream.rangeClosed(1, 20).mapToObj(row -> new RowLayout(Integer.toString(row), 50, null,
                            row <= 10 ? "A" : "B", null)).toList(), null);
            SectionLayout field = new SectionLayout(FIELD, SectionKind.STANDING, null, List.of(), FIELD_CAPACITY);
            events.append("Venue", venueId, new VenueCreated(venueId, tenantId, "Arena " + organisation,
                    "Europe/Berlin", "City " + organisation, organisation + " Arena Street",
                    List.of(stalls, field), stalls.seatCount(), stalls.seatCount() + FIELD_CAPACITY, events.now()));
            for (int event = 1; event <= EVENTS_PER_ORGANISATION; event++) {
                performances.addAll(event(tenantId, venueId, stalls, "Show " + organisation + "." + event));
            }
        }
        return performances;
    }

    private List<OnSalePerformance> event(TenantId tenantId, VenueId venueId, SectionLayout stalls, String title) {
        EventId eventId = EventId.random();
        events.append("Event", eventId, new EventCreated(eventId, tenantId, venueId, title, "A show to replay",
                "concert", List.of("replay", "live"), null, events.now()));
        PricedType zoneA = ticketType(eventId, tenantId, "Zone A", Money.of("79.00", "EUR"), SEATED_SECTION, "A");
        PricedType zoneB = ticketType(eventId, tenantId, "Zone B", Money.of("59.00", "EUR"), SEATED_SECTION, "B");
        PricedType standing = ticketType(eventId, tenantId, "Field", Money.of("39.50", "EUR"), FIELD, null);
        List<PerformanceId> scheduled = new ArrayList<>();
        for (int performance = 0; performance < PERFORMANCES_PER_EVENT; performance++) {
            PerformanceId performanceId = PerformanceId.random();
            Instant startsAt = events.now().plus(Duration.ofDays(60 + 7L * performance));
            events.append("Event", eventId, new PerformanceScheduled(eventId, tenantId, performanceId, venueId,
                    new PerformanceTimes(startsAt, startsAt.plus(Duration.ofHours(3)),
                            startsAt.minus(Duration.ofHours(1)), events.now(), startsAt), events.now()));
            scheduled.add(performanceId);
        }
        events.append("Event", eventId, new EventPublished(eventId, tenantId, events.now()));
        return scheduled.stream().map(performanceId -> {
            PartitionId seated = PartitionId.of(performanceId, SEATED_SECTION);
            events.append("SeatedPartition", seated, new SeatedPartitionOpened(seated, tenantId, eventId,
                    performanceId, stalls, events.now()));
            List<PartitionId> slices = IntStream.range(0, SLICES).mapToObj(slice -> {
                PartitionId id = PartitionId.of(performanceId, PartitionId.sliceKey(FIELD, slice));
                events.append("StandingPartition", id, new StandingPartitionOpened(id, tenantId, eventId,
                        performanceId, FIELD, slice, SLICES, FIELD_CAPACITY / SLICES, events.now()));
                return id;
            }).toList();
            return new OnSalePerformance(tenantId, eventId, performanceId, seated, slices, stalls.seats().toList(),
                    zoneA, zoneB, standing);
        }).toList();
    }

    private PricedType ticketType(EventId eventId, TenantId tenantId, String name, Money price, String section,
                                    String zone) {
        TicketTypeId id = new TicketTypeId(UUID.randomUUID());
        events.append("Event", eventId, new TicketTypeAdded(eventId, tenantId, id, new TicketTypeTerms(name, price,
                section, zone, 1, 10, null, null, true, new BigDecimal("0.19"), true, Money.zero("EUR"),
                BigDecimal.ZERO), events.now()));
        return new PricedType(id, price);
    }
}
