package io.admitone.command.onsale.hold;

import io.admitone.command.catalog.event.OnSale;
import io.admitone.command.catalog.event.OnSaleCatalog;
import io.admitone.command.catalog.venue.VenueLayouts;
import io.admitone.command.inventory.OpenedPerformances;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.catalog.event.PerformanceStatus;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.onsale.hold.PlaceHoldCommand;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Decides whether the catalog sells what a hold asks for, now: the performance's event is published, the
 * performance is scheduled and within its on-sale window, and each ticket type is visible and within its own sales
 * window. A hidden ticket type is not sold to buyers at all.
 */
@Component
class SaleCheck {

    private final OpenedPerformances performances;
    private final OnSaleCatalog catalog;
    private final VenueLayouts venues;

    SaleCheck(OpenedPerformances performances, OnSaleCatalog catalog, VenueLayouts venues) {
        this.performances = performances;
        this.catalog = catalog;
        this.venues = venues;
    }

    CheckedHold check(PlaceHoldCommand command, Instant now) {
        if (command.items().isEmpty() && command.seats().isEmpty()) {
            throw new Rejections.InvalidHold("A hold needs items or seats");
        }
        EventId eventId = performances.eventOf(command.tenantId(), command.performanceId())
                .orElseThrow(() -> new Rejections.PerformanceNotFound(command.performanceId()));
        OnSale onSale = catalog.onSale(command.tenantId(), eventId, command.performanceId());
        if (onSale.eventStatus() != EventStatus.PUBLISHED) {
            throw new Rejections.PerformanceNotFound(command.performanceId());
        }
        if (onSale.performanceStatus() != PerformanceStatus.SCHEDULED
                || !within(now, onSale.times().onSaleFrom(), onSale.times().onSaleUntil())) {
            throw new Rejections.NotOnSale("Performance " + command.performanceId());
        }
        VenueLayout venue = venues.of(command.tenantId(), onSale.venueId());
        List<Wanted> wanted = new HoldRequestRules(venue, ticketTypeId -> sellable(onSale, ticketTypeId, now))
                .wanted(command.items(), command.seats());
        return new CheckedHold(eventId, wanted);
    }

    private static TicketTypeTerms sellable(OnSale onSale, TicketTypeId ticketTypeId, Instant now) {
        TicketTypeTerms terms = onSale.ticketType(ticketTypeId).filter(TicketTypeTerms::visible)
                .orElseThrow(() -> new Rejections.TicketTypeNotFound(ticketTypeId));
        if (!within(now, terms.salesFrom(), terms.salesUntil())) {
            throw new Rejections.NotOnSale("Ticket type " + ticketTypeId);
        }
        return terms;
    }

    /** From inclusive, until exclusive; a missing bound is open. */
    private static boolean within(Instant now, Instant from, Instant until) {
        return (from == null || !now.isBefore(from)) && (until == null || now.isBefore(until));
    }
}
