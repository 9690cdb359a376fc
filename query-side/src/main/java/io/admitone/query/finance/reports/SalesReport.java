package io.admitone.query.finance.reports;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** A report as asked for, with its lines in {@link SalesLine#ORDER}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SalesReport(String groupBy, String source, Instant asOf, Instant from, Instant to, String zone,
                          List<SalesLine> lines) {

    static SalesReport of(SalesReportQuery query, List<SalesLine> lines) {
        return new SalesReport(query.grouping().parameterName(), query.source().parameterName(), query.asOf(),
                query.from(), query.to(), query.zone().getId(), lines.stream().sorted(SalesLine.ORDER).toList());
    }
}
