package io.admitone.admin.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.money.Money;

import java.time.Instant;
import java.util.List;

/** The answer of {@code GET .../reports/sales}: its lines, each per currency, as the books stood at {@code asOf}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SalesReport(String groupBy, String source, Instant asOf, String zone, List<Line> lines) {

    public SalesReport {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One line; only the fields its grouping names are set. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String eventId, String eventTitle, String performanceId, Instant performanceStartsAt,
                       String ticketTypeId, String ticketTypeName, String day, String currency,
                       Money gross, Money refunds, Money tax, Money fees, Money net) {
    }
}
