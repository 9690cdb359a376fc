package io.admitone.command.onsale.hold;

import io.admitone.kernel.Digests;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.hold.ConvertHoldCommand;
import io.admitone.kernel.onsale.hold.ConvertedHold;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldConverted;
import io.admitone.kernel.onsale.hold.HoldExpired;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.kernel.onsale.hold.HoldReleased;
import io.admitone.kernel.onsale.hold.RecordHoldCommand;
import io.admitone.kernel.onsale.hold.ReleaseHoldCommand;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A buyer's hold on places that the partitions already hold: its lines, what each partition took, its token's
 * digest, and whether it is still live. It ends once: by release, by expiry, or by becoming an order.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class Hold {

    static final String EXPIRY = "hold-expiry";

    record Expiry(HoldId holdId) {
    }

    @AggregateIdentifier
    private HoldId holdId;
    private TenantId tenantId;
    private EventId eventId;
    private PerformanceId performanceId;
    private List<HoldLine> lines;
    private Money total;
    private List<HeldPlaces> places;
    private Instant expiresAt;
    private String tokenHash;
    private boolean live;

    Hold() {
    }

    @CommandHandler
    Hold(RecordHoldCommand command, Clock clock, DeadlineManager deadlines) {
        apply(new HoldPlaced(command.holdId(), command.tenantId(), command.eventId(), command.performanceId(),
                command.lines(), command.total(), command.places(), command.tokenHash(), command.expiresAt(),
                clock.instant()));
        deadlines.schedule(command.expiresAt(), EXPIRY, new Expiry(command.holdId()));
    }

    /** Answers the places to free; none when the hold has ended already, so that a repeated release succeeds. */
    @CommandHandler
    List<HeldPlaces> handle(ReleaseHoldCommand command, Clock clock) {
        if (!tenantId.equals(command.tenantId()) || !(command.byStaff() || Digests.same(command.tokenHash(), tokenHash))) {
            throw new Rejections.HoldNotFound(command.holdId());
        }
        if (!live) {
            return List.of();
        }
        apply(new HoldReleased(holdId, tenantId, performanceId, places, command.byStaff(), clock.instant()));
        return places;
    }

    /** Answers what the order takes over. A hold past its expiry is over even before its deadline has run. */
    @CommandHandler
    ConvertedHold handle(ConvertHoldCommand command, Clock clock) {
        if (!tenantId.equals(command.tenantId()) || !Digests.same(command.tokenHash(), tokenHash)) {
            throw new Rejections.HoldNotFound(command.holdId());
        }
        Instant now = clock.instant();
        if (!live || !now.isBefore(expiresAt)) {
            throw new Rejections.HoldNotLive(command.holdId());
        }
        apply(new HoldConverted(holdId, tenantId, performanceId, places, command.orderId(), now));
        return new ConvertedHold(holdId, eventId, performanceId, lines, total, places);
    }

    /** The partitions free their places on deadlines of their own, set for the same instant. */
    @DeadlineHandler(deadlineName = EXPIRY)
    void expire(Expiry due, Clock clock) {
        if (live) {
            apply(new HoldExpired(holdId, tenantId, performanceId, places, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(HoldPlaced event) {
        holdId = event.holdId();
        tenantId = event.tenantId();
        eventId = event.eventId();
        performanceId = event.performanceId();
        lines = event.lines();
        total = event.total();
        places = event.places();
        tokenHash = event.tokenHash();
        expiresAt = event.expiresAt();
        live = true;
    }

    @EventSourcingHandler
    void on(HoldReleased event) {
        live = false;
    }

    @EventSourcingHandler
    void on(HoldExpired event) {
        live = false;
    }

    @EventSourcingHandler
    void on(HoldConverted event) {
        live = false;
    }
}
