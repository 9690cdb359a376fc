package io.admitone.admin.venues;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a seat map's colours stand for: the keys in legend order (price zones, or statuses), how a seat's key is
 * found, the CSS class of each key's colour and its label.
 */
record SeatColouring(List<String> keys, Function<SeatPlan.Seat, String> keyOf, Function<String, String> colourOf,
                     Function<String, String> labelOf) {

    private static final int ZONE_COLOURS = 8;

    static SeatColouring byZone(SeatPlan plan) {
        List<String> zones = plan.priceZones();
        return new SeatColouring(zones, SeatPlan.Seat::priceZone,
                zone -> "zone-" + zones.indexOf(zone) % ZONE_COLOURS, Function.identity());
    }

    static SeatColouring byStatus() {
        Function<String, String> lower = status -> status.toLowerCase(Locale.ROOT);
        return new SeatColouring(List.of("FREE", "HELD", "SOLD"), SeatPlan.Seat::status,
                lower.andThen(status -> "status-" + status), lower);
    }

    String colourOf(SeatPlan.Seat seat) {
        return colourOf.apply(keyOf.apply(seat));
    }
}
