package io.admitone.query.finance.reconciliation;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.FilterValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reconciliation of an organisation's payments with its ledger, for finance: rows per period (a UTC day by default,
 * or month), provider and currency, within [{@code from}, {@code to}) when given.
 */
@RestController
class ReconciliationController {

    private final Reconciliations reconciliations;

    ReconciliationController(Reconciliations reconciliations) {
        this.reconciliations = reconciliations;
    }

    @GetMapping("/api/v1/orgs/{orgId}/reconciliation")
    Mono<Reconciliation> reconciliation(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                        @RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String period) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.FINANCE_READ);
        Instant start = FilterValues.instant("from", present(from));
        Instant end = FilterValues.instant("to", present(to));
        Period length = FilterValues.oneOf("period", present(period), Period.class);
        Period chosen = length == null ? Period.DAY : length;
        return reconciliations.of(tenant, start, end, chosen)
                .map(rows -> new Reconciliation(chosen.name().toLowerCase(Locale.ROOT), rows,
                        rows.stream().allMatch(ReconciliationRow::reconciled)));
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The rows, the period they are per, and whether every one is reconciled. */
    record Reconciliation(String period, List<ReconciliationRow> rows, boolean reconciled) {
    }
}
