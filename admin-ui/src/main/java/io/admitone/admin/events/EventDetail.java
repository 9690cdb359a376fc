package io.admitone.admin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.catalog.event.PerformanceStatus;
import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event with all its performances (by start) and ticket types (by price), as its staff read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record EventDetail(UUID id, UUID venueId, String title, String description, String category, List<String> tags,
                   String imageUrl, EventStatus status, List<Performance> performances,
                   List<TicketType> ticketTypes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Performance(UUID id, Instant startsAt, Instant endsAt, Instant doorsAt, Instant onSaleFrom,
                       Instant onSaleUntil, PerformanceStatus status) {

        boolean cancelled() {
            return status == PerformanceStatus.CANCELLED;
        }
    }

    /** A ticket type's terms; {@code section} (standing) or {@code priceZone} (seats) says what it sells. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TicketType(UUID id, String name, Money price, String section, String priceZone, int minPerOrder,
                      int maxPerOrder, Instant salesFrom, Instant salesUntil, boolean visible, BigDecimal taxRate,
                      boolean taxIncluded, Money feeFixed, BigDecimal feePercent) {
    }

    EventDetail {
        tags = tags == null ? List.of() : List.copyOf(tags);
        performances = performances == null ? List.of() : List.copyOf(performances);
        ticketTypes = ticketTypes == null ? List.of() : List.copyOf(ticketTypes);
    }

    boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    /** The currency of the event's prices, which every ticket type shares; EUR for an event without one. */
    String currency() {
        return ticketTypes.stream().map(type -> type.price().currency()).findFirst().orElse("EUR");
    }
}
