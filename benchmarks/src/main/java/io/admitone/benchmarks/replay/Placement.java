package io.admitone.benchmarks.replay;

import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldLine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The places of one hold in one inventory partition, and the events that partition records for them. */
sealed interface Placement permits SeatedPlacement, StandingPlacement {

    String aggregateType();

    PartitionId partitionId();

    List<HoldLine> lines();

    HeldPlaces heldPlaces();

    Object held(HoldId holdId, Instant expiresAt, Instant at);

    Object released(HoldId holdId, boolean expired, Instant at);

    Object sold(HoldId holdId, OrderId orderId, Instant at);

    Object returned(OrderId orderId, List<UUID> ticketIds, Instant at);
}
