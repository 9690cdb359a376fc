package io.admitone.query.finance.reports;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Map;

/**
 * Answers a report from the source it asks for: the ledger's aggregates, or a recount of the events tallied in
 * memory; either way its lines are named from the catalog afterwards.
 */
@Component
class SalesReports {

    private final TenantScopedQueries queries;
    private final SalesRecount recount;

    SalesReports(TenantScopedQueries queries, SalesRecount recount) {
        this.queries = queries;
        this.recount = recount;
    }

    Mono<SalesReport> report(TenantId tenant, SalesReportQuery query) {
        Mono<Map<SalesGroup, SalesFigures>> figures = switch (query.source()) {
            case LEDGER -> queries.read(tenant, db -> LedgerSales.figures(db, tenant, query));
            case EVENTS -> Mono.fromCallable(() -> recounted(tenant, query)).subscribeOn(Schedulers.boundedElastic());
        };
        return figures.flatMap(lines -> queries.read(tenant, db -> SalesLabels.lines(db, lines)))
                .map(lines -> SalesReport.of(query, lines));
    }

    private Map<SalesGroup, SalesFigures> recounted(TenantId tenant, SalesReportQuery query) {
        SalesTally tally = new SalesTally(query);
        recount.replay(tenant, tally);
        return tally.lines();
    }
}
