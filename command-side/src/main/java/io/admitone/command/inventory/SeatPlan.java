package io.admitone.command.inventory;

import io.admitone.kernel.catalog.venue.Seat;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.inventory.HeldSeat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The seats of a section in map order, each free, held by a hold or sold to an order, and the best-available rule: n seats of a
 * price zone side by side in one row where any row has them (the first such run in map order, front rows first),
 * else the first n free seats of the zone in map order, which fills from the front.
 */
final class SeatPlan {

    private List<Seat> seats = List.of();
    private Map<String, UUID> heldBy = new HashMap<>();
    private Map<String, UUID> soldTo = new HashMap<>();

    private SeatPlan() {
    }

    static SeatPlan of(SectionLayout section) {
        SeatPlan plan = new SeatPlan();
        plan.seats = section.seats().toList();
        return plan;
    }

    /** The named seats that this section does not have, or that are held or sold. */
    List<String> unavailable(Collection<String> keys) {
        Map<String, Seat> byKey = byKey();
        return keys.stream().filter(key -> !byKey.containsKey(key) || taken(key)).toList();
    }

    List<HeldSeat> named(Collection<String> keys) {
        Map<String, Seat> byKey = byKey();
        return keys.stream().map(byKey::get).map(SeatPlan::held).toList();
    }

    /** Seats side by side in one row, or (unless {@code adjacentOnly}) the nearest free ones; empty if too few. */
    Optional<List<HeldSeat>> bestAvailable(String zone, int quantity, boolean adjacentOnly) {
        Optional<List<Seat>> found = adjacent(zone, quantity);
        if (found.isEmpty() && !adjacentOnly) {
            List<Seat> nearest = free(zone).stream().limit(quantity).toList();
            found = nearest.size() == quantity ? Optional.of(nearest) : Optional.empty();
        }
        return found.map(chosen -> chosen.stream().map(SeatPlan::held).toList());
    }

    int freeIn(String zone) {
        return free(zone).size();
    }

    List<HeldSeat> heldFor(UUID holdId) {
        return seats.stream().filter(seat -> holdId.equals(heldBy.get(seat.key()))).map(SeatPlan::held).toList();
    }

    void hold(List<HeldSeat> held, UUID holdId) {
        held.forEach(seat -> heldBy.put(seat.key(), holdId));
    }

    void free(List<HeldSeat> released) {
        released.forEach(seat -> heldBy.remove(seat.key()));
    }

    /** Seats sold are no longer any hold's, but the order's. */
    void sell(List<HeldSeat> seatsSold, UUID orderId) {
        seatsSold.forEach(seat -> {
            heldBy.remove(seat.key());
            soldTo.put(seat.key(), orderId);
        });
    }

    /** Of the named seats, those sold to the order, in map order. */
    List<HeldSeat> soldTo(UUID orderId, Collection<String> keys) {
        return seats.stream()
                .filter(seat -> keys.contains(seat.key()) && orderId.equals(soldTo.get(seat.key())))
                .map(SeatPlan::held)
                .toList();
    }

    void giveBack(List<HeldSeat> returned) {
        returned.forEach(seat -> soldTo.remove(seat.key()));
    }

    private boolean taken(String key) {
        return heldBy.containsKey(key) || soldTo.containsKey(key);
    }

    private Optional<List<Seat>> adjacent(String zone, int quantity) {
        for (List<Seat> row : rows()) {
            List<Seat> run = new ArrayList<>();
            for (Seat seat : row) {
                if (isFree(seat, zone)) {
                    run.add(seat);
                    if (run.size() == quantity) {
                        return Optional.of(run);
                    }
                } else {
                    run.clear();
                }
            }
        }
        return Optional.empty();
    }

    private Collection<List<Seat>> rows() {
        Map<String, List<Seat>> rows = new LinkedHashMap<>();
        seats.forEach(seat -> rows.computeIfAbsent(seat.row(), row -> new ArrayList<>()).add(seat));
        return rows.values();
    }

    private List<Seat> free(String zone) {
        return seats.stream().filter(seat -> isFree(seat, zone)).toList();
    }

    private boolean isFree(Seat seat, String zone) {
        return seat.priceZone().equals(zone) && !taken(seat.key());
    }

    private Map<String, Seat> byKey() {
        Map<String, Seat> byKey = new HashMap<>();
        seats.forEach(seat -> byKey.put(seat.key(), seat));
        return byKey;
    }

    private static HeldSeat held(Seat seat) {
        return new HeldSeat(seat.key(), seat.priceZone());
    }
}
