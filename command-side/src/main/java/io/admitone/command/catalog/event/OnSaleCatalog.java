package io.admitone.command.catalog.event;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Answers a performance's on-sale state from the {@code Event} aggregate itself, as the event store has it. Outside
 * a unit of work the event is loaded in a short one of its own, so that the on-sale, which coordinates holds
 * outside any unit of work, never keeps the event locked while it takes places.
 */
@Component
public class OnSaleCatalog {

    private final Repository<Event> events;

    OnSaleCatalog(Repository<Event> events) {
        this.events = events;
    }

    /** Not found for an unknown event or performance, or one of another organisation. */
    public OnSale onSale(TenantId tenantId, EventId eventId, PerformanceId performanceId) {
        if (CurrentUnitOfWork.isStarted()) {
            return load(tenantId, eventId, performanceId);
        }
        ResultMessage<OnSale> result = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> load(tenantId, eventId, performanceId));
        if (result.isExceptional() && result.exceptionResult() instanceof RuntimeException failure) {
            throw failure;
        }
        return result.getPayload();
    }

    private OnSale load(TenantId tenantId, EventId eventId, PerformanceId performanceId) {
        try {
            return events.load(eventId.toString()).invoke(event -> event.onSale(tenantId, performanceId));
        } catch (AggregateNotFoundException e) {
            throw new EventNotFound(eventId);
        }
    }
}
