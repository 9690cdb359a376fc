package io.admitone.query.finance.reports;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Adds up movements of money into a report's lines, counting only those the query counts. The in-memory twin of the
 * ledger's SQL aggregates, for figures recounted from the events.
 */
public final class SalesTally implements Consumer<SalesMovement> {

    private final SalesReportQuery query;
    private final Map<SalesGroup, SalesFigures> lines = new HashMap<>();

    SalesTally(SalesReportQuery query) {
        this.query = query;
    }

    @Override
    public void accept(SalesMovement movement) {
        if (query.counts(movement.effectiveAt())) {
            String currency = movement.parts().gross().currency();
            lines.compute(query.groupOf(movement, currency),
                    (group, sofar) -> (sofar == null ? SalesFigures.zero(currency) : sofar).plus(movement));
        }
    }

    Map<SalesGroup, SalesFigures> lines() {
        return lines;
    }
}
