package io.admitone.benchmarks.replay;

import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.inventory.StandingPlacesReturned;
import io.admitone.kernel.inventory.StandingPlacesSold;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldLine;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Standing places in one slice of a performance's field. */
record StandingPlacement(OnSalePerformance performance, int slice, int quantity) implements Placement {

    @Override
    public String aggregateType() {
        return "StandingPartition";
    }

    @Override
    public PartitionId partitionId() {
        return performance.slices.get(slice);
    }

    @Override
    public List<HoldLine> lines() {
        return Collections.nCopies(quantity, new HoldLine(performance.field.id(), null, performance.field.price(),
                partitionId()));
    }

    @Override
    public HeldPlaces heldPlaces() {
        return HeldPlaces.standing(partitionId(), quantity);
    }

    @Override
    public Object held(HoldId holdId, Instant expiresAt, Instant at) {
        return new StandingPlacesHeld(partitionId(), performance.tenantId, performance.performanceId,
                CatalogueGenerator.FIELD, slice, holdId, quantity, expiresAt, at);
    }

    @Override
    public Object released(HoldId holdId, boolean expired, Instant at) {
        return new StandingPlacesReleased(partitionId(), performance.tenantId, performance.performanceId,
                CatalogueGenerator.FIELD, slice, holdId, quantity, expired, at);
    }

    @Override
    public Object sold(HoldId holdId, OrderId orderId, Instant at) {
        return new StandingPlacesSold(partitionId(), performance.tenantId, performance.performanceId,
                CatalogueGenerator.FIELD, slice, holdId, orderId, quantity, at);
    }

    @Override
    public Object returned(OrderId orderId, List<UUID> ticketIds, Instant at) {
        return new StandingPlacesReturned(partitionId(), performance.tenantId, performance.performanceId,
                CatalogueGenerator.FIELD, slice, orderId, ticketIds, at);
    }
}
