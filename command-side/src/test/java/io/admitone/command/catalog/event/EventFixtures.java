package io.admitone.command.catalog.event;

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
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Shared data of the event fixtures: an arena with a seated section in zone {@code front}, a seated section whose
 * zone {@code box} has no seats, and a standing {@code Floor}; an event there with one performance and ticket types.
 */
final class EventFixtures {

    static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
    static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    static final TenantId OTHER_TENANT = TenantId.of("9c4d2e1f-0a3b-4c5d-8e6f-7a8b9c0d1e2f");
    static final VenueId VENUE = VenueId.of("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    static final VenueId OTHER_VENUE = VenueId.of("1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a");
    static final EventId EVENT = EventId.of("7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b");
    static final PerformanceId PERFORMANCE = PerformanceId.of("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");
    static final PerformanceId SECOND_PERFORMANCE = PerformanceId.of("8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d");
    static final TicketTypeId FLOOR = TicketTypeId.of("4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f");
    static final TicketTypeId FRONT = TicketTypeId.of("6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b");

    static final VenueLayout ARENA = new VenueLayout(VENUE, TENANT, "Europe/Berlin", List.of(
            new SectionLayout("A", SectionKind.SEATED, "front", List.of(
                    new RowLayout("1", 20, null, null, Map.of()), new RowLayout("2", 20, null, null, Map.of())), null),
            new SectionLayout("Boxes", SectionKind.SEATED, "box", List.of(), null),
            new SectionLayout("Floor", SectionKind.STANDING, null, List.of(), 500)));
    static final VenueLayout OTHER_ORGANISATIONS_VENUE = new VenueLayout(OTHER_VENUE, OTHER_TENANT, "Europe/Paris",
            List.of(new SectionLayout("Floor", SectionKind.STANDING, null, List.of(), 100)));

    static final Instant STARTS = Instant.parse("2027-03-01T19:30:00Z");
    static final PerformanceTimes TIMES = new PerformanceTimes(STARTS, STARTS.plus(Duration.ofHours(3)),
            STARTS.minus(Duration.ofHours(1)), Instant.parse("2027-02-01T10:00:00Z"), STARTS);

    static final EventCreated CREATED = new EventCreated(EVENT, TENANT, VENUE, "Night of Strings",
            "Four quartets, one night.", "classical", List.of("strings", "chamber-music"), null, NOW);
    static final PerformanceScheduled SCHEDULED = new PerformanceScheduled(EVENT, TENANT, PERFORMANCE, VENUE, TIMES,
            NOW);
    static final TicketTypeTerms FLOOR_TERMS = standing("Floor", Money.of("49.50", "EUR"));
    static final TicketTypeAdded FLOOR_ADDED = new TicketTypeAdded(EVENT, TENANT, FLOOR, FLOOR_TERMS, NOW);
    static final EventPublished PUBLISHED = new EventPublished(EVENT, TENANT, NOW);

    private EventFixtures() {
    }

    /** Terms as the API's defaults make them: 1 to 10 per order, visible, no tax, price including it, no fees. */
    static TicketTypeTerms standing(String name, Money price) {
        return new TicketTypeTerms(name, price, "Floor", null, 1, 10, null, null, true, new BigDecimal("0.00"), true,
                null, null);
    }

    static TicketTypeTerms seated(String name, Money price) {
        return new TicketTypeTerms(name, price, null, "front", 1, 10, null, null, true, new BigDecimal("0.00"), true,
                null, null);
    }

    static AggregateTestFixture<Event> fixture() {
        AggregateTestFixture<Event> fixture = new AggregateTestFixture<>(Event.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new InMemoryVenueLayouts().with(ARENA).with(OTHER_ORGANISATIONS_VENUE));
        return fixture;
    }
}
