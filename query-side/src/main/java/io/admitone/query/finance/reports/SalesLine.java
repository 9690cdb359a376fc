package io.admitone.query.finance.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.admitone.kernel.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * One line of a report: what it is for (the grouping's ids with their names as the catalog has them now; absent for
 * another grouping) and its figures in its currency.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SalesLine(LocalDate day, UUID eventId, String eventTitle, UUID performanceId,
                        Instant performanceStartsAt, UUID ticketTypeId, String ticketTypeName, String currency,
                        Money gross, Money refunds, Money tax, Money fees, Money net) {

    /** By day, then event, performance and ticket type as a reader looks for them, then currency. */
    static final Comparator<SalesLine> ORDER = Comparator
            .comparing(SalesLine::day, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SalesLine::eventTitle, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SalesLine::eventId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SalesLine::performanceStartsAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SalesLine::performanceId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SalesLine::ticketTypeName, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SalesLine::ticketTypeId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SalesLine::currency);

    static SalesLine of(SalesGroup group, SalesFigures figures, String eventTitle, Instant performanceStartsAt,
                        String ticketTypeName) {
        return new SalesLine(group.day(), group.eventId(), eventTitle, group.performanceId(), performanceStartsAt,
                group.ticketTypeId(), ticketTypeName, group.currency(), figures.gross(), figures.refunds(),
                figures.tax(), figures.fees(), figures.net());
    }
}
