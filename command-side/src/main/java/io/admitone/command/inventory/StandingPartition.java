package io.admitone.command.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.HoldStandingPlacesCommand;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.ReleaseStandingPlacesCommand;
import io.admitone.kernel.inventory.ReturnSoldPlacesCommand;
import io.admitone.kernel.inventory.SellHeldPlacesCommand;
import io.admitone.kernel.inventory.StandingCapacityChanged;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.inventory.StandingPlacesReturned;
import io.admitone.kernel.inventory.StandingPlacesSold;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One slice of a standing section for one performance: its capacity and the places taken from it, held per hold.
 * Each hold expires here by itself, on a deadline of this slice, so that no place outlives its hold; places sold to an
 * order are no longer the hold's, so its expiry leaves them alone, and come back only when the order returns them.
 * Revision 2 counts the places sold per order; older snapshots are ignored.
 */
@Revision("2")
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class StandingPartition {

    @AggregateIdentifier
    private PartitionId partitionId;
    private TenantId tenantId;
    private PerformanceId performanceId;
    private String section;
    private int slice;
    private int slices;
    private int capacity;
    private int taken;
    private Map<UUID, Integer> holds = new HashMap<>();
    /** Per order, the places sold to it and not returned yet; and the ticket ids whose places came back. */
    private Map<UUID, Integer> soldTo = new HashMap<>();
    private Set<UUID> returned = new HashSet<>();

    StandingPartition() {
    }

    StandingPartition(StandingPartitionOpened opened) {
        apply(opened);
    }

    TenantId tenantId() {
        return tenantId;
    }

    int slices() {
        return slices;
    }

    /** Places held or sold, which no capacity change may take away. */
    int taken() {
        return taken;
    }

    void changeCapacity(int newCapacity, Instant now) {
        if (newCapacity < taken) {
            throw new CapacityBelowTaken(section, newCapacity, taken);
        }
        if (newCapacity != capacity) {
            apply(new StandingCapacityChanged(partitionId, tenantId, performanceId, section, slice, newCapacity, now));
        }
    }

    /** A hold asking this slice twice (two ticket types of one section, say) holds the sum. */
    @CommandHandler
    void handle(HoldStandingPlacesCommand command, Clock clock, DeadlineManager deadlines) {
        if (command.quantity() < 1) {
            throw new InvalidHoldQuantity(command.quantity());
        }
        if (free() < command.quantity()) {
            throw new PlacesSoldOut(section, command.quantity(), free());
        }
        apply(new StandingPlacesHeld(partitionId, tenantId, performanceId, section, slice, command.holdId(),
                command.quantity(), command.expiresAt(), clock.instant()));
        deadlines.schedule(command.expiresAt(), PartitionHoldExpiry.NAME, new PartitionHoldExpiry(command.holdId()));
    }

    @CommandHandler
    void handle(ReleaseStandingPlacesCommand command, Clock clock) {
        release(command.holdId(), false, clock.instant());
    }

    @CommandHandler
    void handle(SellHeldPlacesCommand command, Clock clock) {
        Integer held = holds.get(command.holdId().value());
        if (held == null) {
            throw new PlacesNoLongerHeld(partitionId, command.holdId());
        }
        apply(new StandingPlacesSold(partitionId, tenantId, performanceId, section, slice, command.holdId(),
                command.orderId(), held, clock.instant()));
    }

    /** Returns one place per ticket not returned before, up to what this slice still has sold to the order. */
    @CommandHandler
    void handle(ReturnSoldPlacesCommand command, Clock clock) {
        List<UUID> fresh = command.ticketIds().stream().distinct().filter(ticket -> !returned.contains(ticket))
                .limit(soldTo.getOrDefault(command.orderId().value(), 0))
                .toList();
        if (!fresh.isEmpty()) {
            apply(new StandingPlacesReturned(partitionId, tenantId, performanceId, section, slice, command.orderId(),
                    fresh, clock.instant()));
        }
    }

    @DeadlineHandler(deadlineName = PartitionHoldExpiry.NAME)
    void expire(PartitionHoldExpiry due, Clock clock) {
        release(due.holdId(), true, clock.instant());
    }

    private void release(HoldId holdId, boolean expired, Instant now) {
        Integer held = holds.get(holdId.value());
        if (held != null) {
            apply(new StandingPlacesReleased(partitionId, tenantId, performanceId, section, slice, holdId, held,
                    expired, now));
        }
    }

    private int free() {
        return capacity - taken;
    }

    @EventSourcingHandler
    void on(StandingPartitionOpened event) {
        partitionId = event.partitionId();
        tenantId = event.tenantId();
        performanceId = event.performanceId();
        section = event.section();
        slice = event.slice();
        slices = event.slices();
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(StandingCapacityChanged event) {
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(StandingPlacesHeld event) {
        holds.merge(event.holdId().value(), event.quantity(), Integer::sum);
        taken += event.quantity();
    }

    @EventSourcingHandler
    void on(StandingPlacesReleased event) {
        holds.remove(event.holdId().value());
        taken -= event.quantity();
    }

    /** Sold places stay taken, until their order returns them. */
    @EventSourcingHandler
    void on(StandingPlacesSold event) {
        holds.remove(event.holdId().value());
        soldTo.merge(event.orderId().value(), event.quantity(), Integer::sum);
    }

    @EventSourcingHandler
    void on(StandingPlacesReturned event) {
        soldTo.merge(event.orderId().value(), -event.ticketIds().size(), Integer::sum);
        returned.addAll(event.ticketIds());
        taken -= event.ticketIds().size();
    }
}
