package io.admitone.benchmarks.replay;

import io.admitone.kernel.catalog.venue.Seat;
import io.admitone.kernel.inventory.HeldSeat;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.SeatsReturned;
import io.admitone.kernel.inventory.SeatsSold;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldLine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Seats side by side in a performance's seated partition. */
record SeatedPlacement(OnSalePerformance performance, List<Seat> seats) implements Placement {

    @Override
    public String aggregateType() {
        return "SeatedPartition";
    }

    @Override
    public PartitionId partitionId() {
        return performance.seated;
    }

    @Override
    public List<HoldLine> lines() {
        return seats.stream().map(seat -> new HoldLine(performance.ticketTypeOf(seat).id(), seat.key(),
                performance.ticketTypeOf(seat).price(), partitionId())).toList();
    }

    @Override
    public HeldPlaces heldPlaces() {
        return HeldPlaces.seats(partitionId(), seats.stream().map(Seat::key).toList());
    }

    @Override
    public Object held(HoldId holdId, Instant expiresAt, Instant at) {
        return new SeatsHeld(partitionId(), performance.tenantId, performance.performanceId, holdId, heldSeats(),
                expiresAt, at);
    }

    @Override
    public Object released(HoldId holdId, boolean expired, Instant at) {
        return new SeatsReleased(partitionId(), performance.tenantId, performance.performanceId, holdId, heldSeats(),
                expired, at);
    }

    @Override
    public Object sold(HoldId holdId, OrderId orderId, Instant at) {
        return new SeatsSold(partitionId(), performance.tenantId, performance.performanceId, holdId, orderId,
                heldSeats(), at);
    }

    @Override
    public Object returned(OrderId orderId, List<UUID> ticketIds, Instant at) {
        return new SeatsReturned(partitionId(), performance.tenantId, performance.performanceId, orderId, heldSeats(),
                at);
    }

    private List<HeldSeat> heldSeats() {
        return seats.stream().map(seat -> new HeldSeat(seat.key(), seat.priceZone())).toList();
    }
}
