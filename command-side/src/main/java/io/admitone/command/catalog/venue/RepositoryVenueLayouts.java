package io.admitone.command.catalog.venue;

import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Answers layouts from the {@code Venue} aggregates themselves, so that a command handler decides against the
 * seat map as it is in the event store, not as a read model last saw it. Inside a command handler the venue is
 * loaded in that handler's unit of work; anywhere else in a unit of work of its own.
 */
@Component
class RepositoryVenueLayouts implements VenueLayouts {

    private final Repository<Venue> venues;

    RepositoryVenueLayouts(Repository<Venue> venues) {
        this.venues = venues;
    }

    @Override
    public VenueLayout of(TenantId tenantId, VenueId venueId) {
        if (CurrentUnitOfWork.isStarted()) {
            return load(tenantId, venueId);
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        VenueLayout layout;
        try {
            layout = load(tenantId, venueId);
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
        unitOfWork.commit();
        return layout;
    }

    private VenueLayout load(TenantId tenantId, VenueId venueId) {
        try {
            return venues.load(venueId.toString()).invoke(venue -> {
                venue.requireOwnTenant(tenantId);
                return venue.layout();
            });
        } catch (AggregateNotFoundException e) {
            throw new VenueNotFound(venueId);
        }
    }
}
