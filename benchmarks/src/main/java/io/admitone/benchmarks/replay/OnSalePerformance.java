package io.admitone.benchmarks.replay;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.venue.Seat;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.organisation.TenantId;

import java.util.List;

/**
 * A performance on sale as the generator sells it: its seated partition with the seats not sold yet (in order), its
 * standing slices, and a ticket type and price per price zone ({@code A}, {@code B}) and for the field.
 */
final class OnSalePerformance {

    final TenantId tenantId;
    final EventId eventId;
    final PerformanceId performanceId;
    final PartitionId seated;
    final List<PartitionId> slices;
    final List<Seat> seats;
    final PricedType zoneA;
    final PricedType zoneB;
    final PricedType field;
    private int nextSeat;

    OnSalePerformance(TenantId tenantId, EventId eventId, PerformanceId performanceId, PartitionId seated,
                      List<PartitionId> slices, List<Seat> seats, PricedType zoneA, PricedType zoneB, PricedType field) {
        this.tenantId = tenantId;
        this.eventId = eventId;
        this.performanceId = performanceId;
        this.seated = seated;
        this.slices = List.copyOf(slices);
        this.seats = List.copyOf(seats);
        this.zoneA = zoneA;
        this.zoneB = zoneB;
        this.field = field;
    }

    /** The next {@code count} seats side by side, never offered twice; none once fewer are left. */
    List<Seat> takeSeats(int count) {
        if (nextSeat + count > seats.size()) {
            return List.of();
        }
        List<Seat> taken = seats.subList(nextSeat, nextSeat + count);
        nextSeat += count;
        return taken;
    }

    PricedType ticketTypeOf(Seat seat) {
        return "A".equals(seat.priceZone()) ? zoneA : zoneB;
    }
}
