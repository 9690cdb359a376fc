package io.admitone.admin.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.admitone.admin.catalog.Times;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A ticket type's terms as the form edits them; {@link #toRequest} gives them as the API takes them. */
public record TicketTypeForm(String name, BigDecimal amount, String currency, Place place, Integer minPerOrder,
                      Integer maxPerOrder, LocalDateTime salesFrom, LocalDateTime salesUntil, Boolean visible,
                      BigDecimal taxRate, Boolean taxIncluded, BigDecimal feeFixed, BigDecimal feePercent) {

    static final int MAX_NAME = 100;
    static final int MAX_PER_ORDER = 100;
    static final String CURRENCY = "[A-Z]{3}";

    /** Money as the API writes it, the amount as a decimal text. */
    record Price(String amount, String currency) {
    }

    /** The body of adding a ticket type or replacing its terms. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(String name, Price price, String section, String priceZone, Integer minPerOrder,
                   Integer maxPerOrder, Instant salesFrom, Instant salesUntil, Boolean visible, BigDecimal taxRate,
                   Boolean taxIncluded, Price feeFixed, BigDecimal feePercent) {
    }

    static TicketTypeForm empty(String currency) {
        return new TicketTypeForm("", null, currency, null, 1, 10, null, null, true, BigDecimal.ZERO, true, null,
                null);
    }

    static TicketTypeForm of(EventDetail.TicketType type, ZoneId zone) {
        return new TicketTypeForm(type.name(), type.price().amount(), type.price().currency(), Place.of(type),
                type.minPerOrder(), type.maxPerOrder(), Times.local(type.salesFrom(), zone),
                Times.local(type.salesUntil(), zone), type.visible(), type.taxRate(), type.taxIncluded(),
                type.feeFixed() == null ? null : type.feeFixed().amount(), type.feePercent());
    }

    Request toRequest(ZoneId zone) {
        return new Request(name.strip(), new Price(amount.toPlainString(), currency),
                place.standing() ? place.name() : null, place.standing() ? null : place.name(), minPerOrder,
                maxPerOrder, Times.instant(salesFrom, zone), Times.instant(salesUntil, zone), visible, taxRate,
                taxIncluded, feeFixed == null ? null : new Price(feeFixed.toPlainString(), currency), feePercent);
    }
}
