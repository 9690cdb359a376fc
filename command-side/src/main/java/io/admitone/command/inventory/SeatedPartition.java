package io.admitone.command.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.HeldSeat;
import io.admitone.kernel.inventory.HoldBestAvailableSeatsCommand;
import io.admitone.kernel.inventory.HoldSeatsCommand;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.ReleaseSeatsCommand;
import io.admitone.kernel.inventory.ReturnSoldSeatsCommand;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.SeatsReturned;
import io.admitone.kernel.inventory.SeatsSold;
import io.admitone.kernel.inventory.SellHeldSeatsCommand;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The seats of one seated section for one performance, each free, held or sold; the on-sale holds and sells them
 * here, and an order gives back the seats it no longer keeps. Each hold expires here by itself, on a deadline of
 * this partition, so that no seat outlives its hold; seats sold to an order are no longer the hold's, so its expiry
 * leaves them alone. Revision 2 knows which order each sold seat went to; older snapshots are ignored.
 */
@Revision("2")
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class SeatedPartition {

    @AggregateIdentifier
    private PartitionId partitionId;
    private TenantId tenantId;
    private PerformanceId performanceId;
    private String section;
    private SeatPlan seats;

    SeatedPartition() {
    }

    SeatedPartition(SeatedPartitionOpened opened) {
        apply(opened);
    }

    @CommandHandler
    void handle(HoldSeatsCommand command, Clock clock, DeadlineManager deadlines) {
        List<String> named = List.copyOf(new LinkedHashSet<>(command.seats()));
        if (named.isEmpty()) {
            throw new InvalidHoldQuantity(0);
        }
        List<String> unavailable = seats.unavailable(named);
        if (!unavailable.isEmpty()) {
            throw new SeatsUnavailable(unavailable);
        }
        hold(command.holdId(), seats.named(named), command.expiresAt(), clock, deadlines);
    }

    /** Answers the keys of the seats held, in map order. */
    @CommandHandler
    List<String> handle(HoldBestAvailableSeatsCommand command, Clock clock, DeadlineManager deadlines) {
        if (command.quantity() < 1) {
            throw new InvalidHoldQuantity(command.quantity());
        }
        List<HeldSeat> chosen = seats.bestAvailable(command.priceZone(), command.quantity(), command.adjacentOnly())
                .orElseThrow(() -> new PlacesSoldOut("zone " + command.priceZone() + " of section " + section,
                        command.quantity(), command.adjacentOnly() ? 0 : seats.freeIn(command.priceZone())));
        hold(command.holdId(), chosen, command.expiresAt(), clock, deadlines);
        return chosen.stream().map(HeldSeat::key).toList();
    }

    @CommandHandler
    void handle(ReleaseSeatsCommand command, Clock clock) {
        release(command.holdId(), false, clock.instant());
    }

    @CommandHandler
    void handle(SellHeldSeatsCommand command, Clock clock) {
        List<HeldSeat> held = seats.heldFor(command.holdId().value());
        if (held.isEmpty()) {
            throw new PlacesNoLongerHeld(partitionId, command.holdId());
        }
        apply(new SeatsSold(partitionId, tenantId, performanceId, command.holdId(), command.orderId(), held,
                clock.instant()));
    }

    /** Seats no longer sold to the order (returned already, or never its) are left alone. */
    @CommandHandler
    void handle(ReturnSoldSeatsCommand command, Clock clock) {
        List<HeldSeat> returned = seats.soldTo(command.orderId().value(), Set.copyOf(command.seats()));
        if (!returned.isEmpty()) {
            apply(new SeatsReturned(partitionId, tenantId, performanceId, command.orderId(), returned,
                    clock.instant()));
        }
    }

    @DeadlineHandler(deadlineName = PartitionHoldExpiry.NAME)
    void expire(PartitionHoldExpiry due, Clock clock) {
        release(due.holdId(), true, clock.instant());
    }

    private void hold(HoldId holdId, List<HeldSeat> chosen, Instant expiresAt, Clock clock,
                      DeadlineManager deadlines) {
        apply(new SeatsHeld(partitionId, tenantId, performanceId, holdId, chosen, expiresAt, clock.instant()));
        deadlines.schedule(expiresAt, PartitionHoldExpiry.NAME, new PartitionHoldExpiry(holdId));
    }

    private void release(HoldId holdId, boolean expired, Instant now) {
        List<HeldSeat> held = seats.heldFor(holdId.value());
        if (!held.isEmpty()) {
            apply(new SeatsReleased(partitionId, tenantId, performanceId, holdId, held, expired, now));
        }
    }

    @EventSourcingHandler
    void on(SeatedPartitionOpened event) {
        partitionId = event.partitionId();
        tenantId = event.tenantId();
        performanceId = event.performanceId();
        section = event.section().name();
        seats = SeatPlan.of(event.section());
    }

    @EventSourcingHandler
    void on(SeatsHeld event) {
        seats.hold(event.seats(), event.holdId().value());
    }

    @EventSourcingHandler
    void on(SeatsReleased event) {
        seats.free(event.seats());
    }

    @EventSourcingHandler
    void on(SeatsSold event) {
        seats.sell(event.seats(), event.orderId().value());
    }

    @EventSourcingHandler
    void on(SeatsReturned event) {
        seats.giveBack(event.seats());
    }
}
