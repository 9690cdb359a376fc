package io.admitone.projections.webhook.catalogue;

import io.admitone.kernel.catalog.event.EventCancelled;
import io.admitone.kernel.catalog.event.EventCreated;
import io.admitone.kernel.catalog.event.EventDetailsChanged;
import io.admitone.kernel.catalog.event.EventEvent;
import io.admitone.kernel.catalog.event.EventPublished;
import io.admitone.kernel.catalog.event.PerformanceCancelled;
import io.admitone.kernel.catalog.event.PerformancePostponed;
import io.admitone.kernel.catalog.event.PerformanceRescheduled;
import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.catalog.event.PerformanceTimes;
import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueCreated;
import io.admitone.kernel.catalog.venue.VenueDetailsChanged;
import io.admitone.kernel.catalog.venue.VenueEvent;

import java.util.List;
import java.util.function.Function;

/**
 * The catalog's public events: events, their performances and ticket types, and venues. A venue's seat map is
 * summed up per section, since a stadium's map runs to a hundred thousand seats.
 */
final class CatalogEvents {

    static final List<PublicEvent<?>> ALL = List.of(
            ofEvent(EventCreated.class, "event.created", e -> PublicData.create()
                    .id("eventId", e.eventId()).id("venueId", e.venueId()).text("title", e.title())
                    .text("description", e.description()).text("category", e.category()).texts("tags", e.tags())
                    .text("imageUrl", e.imageUrl()).instant("createdAt", e.createdAt())),
            ofEvent(EventDetailsChanged.class, "event.updated", e -> PublicData.create()
                    .id("eventId", e.eventId()).text("title", e.title()).text("description", e.description())
                    .text("category", e.category()).texts("tags", e.tags()).text("imageUrl", e.imageUrl())
                    .instant("changedAt", e.changedAt())),
            ofEvent(EventPublished.class, "event.published", e -> PublicData.create()
                    .id("eventId", e.eventId()).instant("publishedAt", e.publishedAt())),
            ofEvent(EventCancelled.class, "event.cancelled", e -> PublicData.create()
                    .id("eventId", e.eventId()).text("reason", e.reason()).instant("cancelledAt", e.cancelledAt())),
            ofEvent(PerformanceScheduled.class, "performance.scheduled", e -> PublicData.create()
                    .id("eventId", e.eventId()).id("performanceId", e.performanceId()).id("venueId", e.venueId())
                    .include(times(e.times())).instant("scheduledAt", e.scheduledAt())),
            ofEvent(PerformanceRescheduled.class, "performance.rescheduled", e -> PublicData.create()
                    .id("eventId", e.eventId()).id("performanceId", e.performanceId())
                    .include(times(e.times())).instant("rescheduledAt", e.rescheduledAt())),
            ofEvent(PerformancePostponed.class, "performance.postponed", e -> PublicData.create()
                    .id("eventId", e.eventId()).id("performanceId", e.performanceId())
                    .instant("postponedAt", e.postponedAt())),
            ofEvent(PerformanceCancelled.class, "performance.cancelled", e -> PublicData.create()
                    .id("eventId", e.eventId()).id("performanceId", e.performanceId()).text("reason", e.reason())
                    .instant("cancelledAt", e.cancelledAt())),
            ofEvent(TicketTypeAdded.class, "ticket_type.added", e -> PublicData.create()
                    .id("eventId", e.eventId()).id("ticketTypeId", e.ticketTypeId())
                    .include(terms(e.terms())).instant("addedAt", e.addedAt())),
            ofEvent(TicketTypeChanged.class, "ticket_type.changed", e -> PublicData.create()
                    .id("eventId", e.eventId()).id("ticketTypeId", e.ticketTypeId())
                    .include(terms(e.terms())).instant("changedAt", e.changedAt())),
            ofVenue(VenueCreated.class, "venue.created", e -> PublicData.create()
                    .id("venueId", e.venueId()).text("name", e.name()).text("timeZone", e.timeZone())
                    .text("city", e.city()).text("address", e.address()).number("seatCount", e.seatCount())
                    .number("capacity", e.capacity()).list("sections", e.sections(), CatalogEvents::section)
                    .instant("createdAt", e.createdAt())),
            ofVenue(VenueDetailsChanged.class, "venue.updated", e -> PublicData.create()
                    .id("venueId", e.venueId()).text("name", e.name()).text("timeZone", e.timeZone())
                    .text("city", e.city()).text("address", e.address()).instant("changedAt", e.changedAt())));

    private CatalogEvents() {
    }

    private static PublicData times(PerformanceTimes times) {
        return PublicData.create().instant("startsAt", times.startsAt()).instant("endsAt", times.endsAt())
                .instant("doorsAt", times.doorsAt()).instant("onSaleFrom", times.onSaleFrom())
                .instant("onSaleUntil", times.onSaleUntil());
    }

    private static PublicData terms(TicketTypeTerms terms) {
        return PublicData.create().text("name", terms.name()).money("price", terms.price())
                .text("section", terms.section()).text("priceZone", terms.priceZone())
                .number("minPerOrder", terms.minPerOrder()).number("maxPerOrder", terms.maxPerOrder())
                .instant("salesFrom", terms.salesFrom()).instant("salesUntil", terms.salesUntil())
                .flag("visible", terms.visible()).decimal("taxRate", terms.taxRate())
                .flag("taxIncluded", terms.taxIncluded()).money("feeFixed", terms.feeFixed())
                .decimal("feePercent", terms.feePercent());
    }

    /** A section without its rows: its places are its seats, or its standing capacity. */
    private static PublicData section(SectionLayout section) {
        return PublicData.create().text("name", section.name()).text("kind", section.kind().name())
                .text("priceZone", section.priceZone()).number("places", section.places());
    }

    private static <E extends EventEvent> PublicEvent<E> ofEvent(Class<E> eventClass, String type,
                                                                 Function<E, PublicData> data) {
        return PublicEvent.of(eventClass, type, EventEvent::tenantId, data);
    }

    private static <E extends VenueEvent> PublicEvent<E> ofVenue(Class<E> eventClass, String type,
                                                                 Function<E, PublicData> data) {
        return PublicEvent.of(eventClass, type, VenueEvent::tenantId, data);
    }
}
