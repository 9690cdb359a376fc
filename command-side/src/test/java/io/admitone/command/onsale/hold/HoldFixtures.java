package io.admitone.command.onsale.hold;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A venue with seated sections A and C (one row of four seats each, zone front) and a standing Floor of 1,001
 * places (three slices: 334, 334 and 333); ticket types Floor (49.50 EUR, 1 to 400 per order) and Front (89.00).
 */
final class HoldFixtures {

    static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    static final Instant EXPIRES = NOW.plusSeconds(600);
    static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    static final EventId EVENT = EventId.of("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b");
    static final VenueId VENUE_ID = VenueId.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    static final PerformanceId PERFORMANCE = PerformanceId.of("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d");
    static final HoldId HOLD = HoldId.of("7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6");
    static final TicketTypeId FLOOR = TicketTypeId.of("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");
    static final TicketTypeId FRONT = TicketTypeId.of("1c2d3e4f-5061-4728-93a4-b5c6d7e8f90a");
    static final Money FLOOR_PRICE = Money.of("49.50", "EUR");
    static final Money FRONT_PRICE = Money.of("89.00", "EUR");

    static final VenueLayout VENUE = new VenueLayout(VENUE_ID, TENANT, "Europe/Berlin", List.of(
            seated("A"), new SectionLayout("Floor", SectionKind.STANDING, null, List.of(), 1001), seated("C")));
    static final Map<TicketTypeId, TicketTypeTerms> TERMS = Map.of(
            FLOOR, terms("Floor", FLOOR_PRICE, "Floor", null),
            FRONT, terms("Front", FRONT_PRICE, null, "front"));

    private HoldFixtures() {
    }

    private static SectionLayout seated(String name) {
        return new SectionLayout(name, SectionKind.SEATED, "front", List.of(new RowLayout("1", 4, null, null,
                Map.of())), null);
    }

    private static TicketTypeTerms terms(String name, Money price, String section, String zone) {
        return new TicketTypeTerms(name, price, section, zone, 1, 400, null, null, true, BigDecimal.ZERO, true, null,
                null);
    }
}
