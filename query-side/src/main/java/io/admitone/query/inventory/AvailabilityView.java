package io.admitone.query.inventory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A performance's places: in total, per section (and price zone within a seated section), and per price zone. */
public record AvailabilityView(UUID performanceId, int capacity, int available, List<SectionAvailability> sections,
                               List<ZoneAvailability> priceZones) {

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

    static AvailabilityView of(UUID performanceId, List<SectionAvailability> sections) {
        Map<String, int[]> zones = new TreeMap<>();
        sections.stream().filter(section -> section.priceZone() != null).forEach(section -> {
            int[] totals = zones.computeIfAbsent(section.priceZone(), zone -> new int[2]);
            totals[0] += section.capacity();
            totals[1] += section.available();
        });
        return new AvailabilityView(performanceId,
                sections.stream().mapToInt(SectionAvailability::capacity).sum(),
                sections.stream().mapToInt(SectionAvailability::available).sum(), sections,
                zones.entrySet().stream()
                        .map(zone -> new ZoneAvailability(zone.getKey(), zone.getValue()[0], zone.getValue()[1]))
                        .toList());
    }
}
