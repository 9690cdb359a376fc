package io.admitone.admin.orders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the order screens need of an event: its performances and its ticket types' names and prices. */
@JsonIgnoreProperties(ignoreUnknown = true)
record EventDetail(UUID id, String title, List<Performance> performances, List<TicketType> ticketTypes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Performance(UUID id, Instant startsAt, String status) {

        boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TicketType(UUID id, String name, Money price) {
    }

    EventDetail {
        performances = performances == null ? List.of() : List.copyOf(performances);
        ticketTypes = ticketTypes == null ? List.of() : List.copyOf(ticketTypes);
    }

    List<PerformanceChoice> choices() {
        return performances.stream().filter(p -> !p.cancelled())
                .map(p -> new PerformanceChoice(p.id(), id, title, p.startsAt())).toList();
    }
}
