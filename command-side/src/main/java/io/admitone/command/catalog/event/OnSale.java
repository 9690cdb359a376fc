package io.admitone.command.catalog.event;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.catalog.event.PerformanceStatus;
import io.admitone.kernel.catalog.event.PerformanceTimes;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.catalog.venue.VenueId;

import java.util.Map;
import java.util.Optional;

/** What the on-sale needs to know of an event for one of its performances: statuses, times, ticket types. */
public record OnSale(EventId eventId, VenueId venueId, EventStatus eventStatus, PerformanceStatus performanceStatus,
                     PerformanceTimes times, Map<TicketTypeId, TicketTypeTerms> ticketTypes) {

    public OnSale {
        ticketTypes = Map.copyOf(ticketTypes);
    }

    public Optional<TicketTypeTerms> ticketType(TicketTypeId ticketTypeId) {
        return Optional.ofNullable(ticketTypes.get(ticketTypeId));
    }
}
