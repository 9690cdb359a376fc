package io.admitone.command.catalog.venue;

import io.admitone.kernel.catalog.venue.ChangeVenueDetailsCommand;
import io.admitone.kernel.catalog.venue.CreateVenueCommand;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueCreated;
import io.admitone.kernel.catalog.venue.VenueDetailsChanged;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A venue of one organisation with its seat map. The seat map is fixed at creation, so seat keys stay stable for
 * the venue's life; the details may change. A command of another organisation is told the venue does not exist.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class Venue {

    @AggregateIdentifier
    private VenueId venueId;
    private TenantId tenantId;
    private VenueDetails details;
    private List<SectionLayout> sections;

    Venue() {
    }

    @CommandHandler
    Venue(CreateVenueCommand command, Clock clock) {
        VenueDetails valid = VenueDetails.validated(command.name(), command.timeZone(), command.city(),
                command.address());
        SeatMap seatMap = SeatMap.validated(command.sections());
        apply(new VenueCreated(command.venueId(), command.tenantId(), valid.name(), valid.timeZone(), valid.city(),
                valid.address(), seatMap.sections(), seatMap.seatCount(), seatMap.capacity(), clock.instant()));
    }

    /** The same details again record nothing, so that a repeated request changes nothing. */
    @CommandHandler
    void handle(ChangeVenueDetailsCommand command, Clock clock) {
        requireOwnTenant(command.tenantId());
        VenueDetails changed = VenueDetails.validated(command.name(), command.timeZone(), command.city(),
                command.address());
        if (!changed.equals(details)) {
            apply(new VenueDetailsChanged(venueId, tenantId, changed.name(), changed.timeZone(), changed.city(),
                    changed.address(), clock.instant()));
        }
    }

    VenueLayout layout() {
        return new VenueLayout(venueId, tenantId, details.timeZone(), sections);
    }

    void requireOwnTenant(TenantId tenant) {
        if (!tenant.equals(tenantId)) {
            throw new VenueNotFound(venueId);
        }
    }

    @EventSourcingHandler
    void on(VenueCreated event) {
        venueId = event.venueId();
        tenantId = event.tenantId();
        details = new VenueDetails(event.name(), event.timeZone(), event.city(), event.address());
        sections = event.sections();
    }

    @EventSourcingHandler
    void on(VenueDetailsChanged event) {
        details = new VenueDetails(event.name(), event.timeZone(), event.city(), event.address());
    }
}
