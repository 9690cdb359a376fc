package io.admitone.command.onsale.hold;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldExpired;
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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A buyer's hold on places that the partitions already hold: its lines, what each partition took, its token's
 * digest, and whether it is still live. It ends once, by release or by expiry.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class Hold {

    static final String EXPIRY = "hold-expiry";

    record Expiry(HoldId holdId) {
    }

    @AggregateIdentifier
    private HoldId holdId;
    private TenantId tenantId;
    private PerformanceId performanceId;
    private List<HeldPlaces> places;
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
        if (!tenantId.equals(command.tenantId()) || !(command.byStaff() || tokenMatches(command.tokenHash()))) {
            throw new Rejections.HoldNotFound(command.holdId());
        }
        if (!live) {
            return List.of();
        }
        apply(new HoldReleased(holdId, tenantId, performanceId, places, command.byStaff(), clock.instant()));
        return places;
    }

    /** The partitions free their places on deadlines of their own, set for the same instant. */
    @DeadlineHandler(deadlineName = EXPIRY)
    void expire(Expiry due, Clock clock) {
        if (live) {
            apply(new HoldExpired(holdId, tenantId, performanceId, places, clock.instant()));
        }
    }

    private boolean tokenMatches(String candidate) {
        return candidate != null && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                tokenHash.getBytes(StandardCharsets.UTF_8));
    }

    @EventSourcingHandler
    void on(HoldPlaced event) {
        holdId = event.holdId();
        tenantId = event.tenantId();
        performanceId = event.performanceId();
        places = event.places();
        tokenHash = event.tokenHash();
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
}
