package io.admitone.query.catalog.event;

import io.admitone.kernel.catalog.event.PerformanceStatus;
import io.admitone.kernel.money.Money;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What is left of a performance: in total, per ticket type, per section (and price zone within a seated
 * section) and per price zone. A ticket type's places are its standing section's or its price zone's, which
 * other ticket types of the same section or zone share.
 */
public record AvailabilityView(UUID performanceId, UUID eventId, PerformanceStatus status, int capacity, int available,
                               List<TicketTypeAvailability> ticketTypes, List<SectionAvailability> sections,
                               List<ZoneAvailability> priceZones) {

    public record TicketTypeAvailability(UUID ticketTypeId, String name, Money price, int available) {
    }

    /** {@code priceZone} is null for a standing section. */
    public record SectionAvailability(String section, String kind, String priceZone, int capacity, int held, int sold,
                                      int available) {

        static SectionAvailability of(String section, String kind, String priceZone, int capacity, int held, int sold) {
            return new SectionAvailability(section, kind, priceZone.isEmpty() ? null : priceZone, capacity, held, sold,
                    capacity - held - sold);
        }
    }

    public record ZoneAvailability(String priceZone, int capacity, int available) {
    }

    static AvailabilityView of(EventPerformanceView performance, List<SectionAvailability> sections,
                               List<TicketTypeView> ticketTypes) {
        Map<String, ZoneAvailability> zones = new TreeMap<>();
        sections.stream().filter(section -> section.priceZone() != null).forEach(section -> zones.merge(
                section.priceZone(), new ZoneAvailability(section.priceZone(), section.capacity(), section.available()),
                (a, b) -> new ZoneAvailability(a.priceZone(), a.capacity() + b.capacity(), a.available() + b.available())));
        Map<String, Integer> standing = new TreeMap<>();
        sections.stream().filter(section -> section.priceZone() == null)
                .forEach(section -> standing.merge(section.section(), section.available(), Integer::sum));
        List<TicketTypeAvailability> perTicketType = ticketTypes.stream()
                .map(type -> new TicketTypeAvailability(type.id(), type.name(), type.price(), type.section() != null
                        ? standing.getOrDefault(type.section(), 0)
                        : zones.containsKey(type.priceZone()) ? zones.get(type.priceZone()).available() : 0))
                .toList();
        return new AvailabilityView(performance.id(), performance.eventId(), performance.status(),
                sections.stream().mapToInt(SectionAvailability::capacity).sum(),
                sections.stream().mapToInt(SectionAvailability::available).sum(),
                perTicketType, sections, List.copyOf(zones.values()));
    }
}
