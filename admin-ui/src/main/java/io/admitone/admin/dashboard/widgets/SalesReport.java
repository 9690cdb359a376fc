package io.admitone.admin.dashboard.widgets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.money.Money;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A sales report grouped by day, as {@code GET /api/v1/orgs/{orgId}/reports/sales?groupBy=day} answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SalesReport(String zone, List<Line> lines) {

    SalesReport {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Today in the calendar the report counts days by. */
    LocalDate today() {
        return LocalDate.now(ZoneId.of(zone));
    }

    /** What one day moved in one currency. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String day, String currency, Money gross, Money refunds, Money net) {
    }
}
