package io.admitone.query.finance.ledger;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.IdPage;
import io.admitone.query.paging.ListParameters;
import org.jooq.Condition;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * An organisation's ledger for finance, in the order the money moved: a page of rows like every list, or every
 * matching row without paging as CSV ({@code text/csv}) or JSON lines ({@code application/x-ndjson}), read a few
 * thousand rows at a time so that an export of any range holds only a page or two in memory.
 */
@RestController
class LedgerQueryController {

    static final String LEDGER = "/api/v1/orgs/{orgId}/ledger";
    static final String CSV = "text/csv";

    private final LedgerRows rows;

    LedgerQueryController(LedgerRows rows) {
        this.rows = rows;
    }

    @GetMapping(path = LEDGER, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<CursorPage<LedgerEntryView>> entries(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                              ListParameters parameters, LedgerFilter filter) {
        TenantId tenant = financeOf(caller, orgId);
        Condition condition = filter.condition();
        IdPage page = parameters.inIdOrder();
        return rows.page(tenant, condition, page.after(), page.limit() + 1)
                .map(found -> page.page(found, LedgerEntryView::entryId));
    }

    @GetMapping(path = LEDGER, produces = CSV)
    Flux<String> csv(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId, LedgerFilter filter) {
        TenantId tenant = financeOf(caller, orgId);
        Condition condition = filter.condition();
        return Flux.concat(Mono.just(LedgerCsv.header()),
                rows.export(tenant, condition).map(LedgerCsv::rows));
    }

    @GetMapping(path = LEDGER, produces = MediaType.APPLICATION_NDJSON_VALUE)
    Flux<LedgerEntryView> ndjson(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                 LedgerFilter filter) {
        TenantId tenant = financeOf(caller, orgId);
        Condition condition = filter.condition();
        return rows.export(tenant, condition).concatMapIterable(page -> page, 1);
    }

    static TenantId financeOf(Caller caller, UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.FINANCE_READ);
        return tenant;
    }
}
