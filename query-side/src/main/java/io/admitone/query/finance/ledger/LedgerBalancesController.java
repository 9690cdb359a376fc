package io.admitone.query.finance.ledger;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.FilterValues;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Condition;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.LEDGER_ENTRY;

/** The trial balance of an organisation's ledger as of an instant: the rows whose money moved until then. */
@RestController
class LedgerBalancesController {

    private final TenantScopedQueries queries;

    LedgerBalancesController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping(LedgerQueryController.LEDGER + "/balances")
    Mono<TrialBalance> balances(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                @RequestParam(required = false) String asOf) {
        TenantId tenant = LedgerQueryController.financeOf(caller, orgId);
        Instant until = FilterValues.instant("asOf", asOf == null || asOf.isBlank() ? null : asOf);
        Condition booked = until == null ? DSL.noCondition() : LEDGER_ENTRY.EFFECTIVE_AT.le(until);
        return queries.read(tenant, db -> db.select(LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.CURRENCY,
                                DSL.sum(LEDGER_ENTRY.DEBIT), DSL.sum(LEDGER_ENTRY.CREDIT))
                        .from(LEDGER_ENTRY)
                        .where(LEDGER_ENTRY.TENANT_ID.eq(tenant.value()).and(booked))
                        .groupBy(LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.CURRENCY)
                        .orderBy(LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.CURRENCY)
                        .fetch(Records.mapping(AccountBalance::of)))
                .map(accounts -> TrialBalance.of(until, accounts));
    }
}
