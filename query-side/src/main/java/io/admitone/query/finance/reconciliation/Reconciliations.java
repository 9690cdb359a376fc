package io.admitone.query.finance.reconciliation;

import io.admitone.kernel.finance.LedgerAccount;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.finance.reconciliation.ReconciliationRow.Figures;
import io.admitone.query.finance.reconciliation.ReconciliationRow.Key;
import io.admitone.query.paging.FilterValues;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.SelectHavingStep;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static io.admitone.schema.jooq.Tables.LEDGER_ENTRY;
import static io.admitone.schema.jooq.Tables.ORDER;
import static io.admitone.schema.jooq.Tables.ORDER_REFUND;
import static org.jooq.impl.DSL.sum;

/**
 * Sums, per provider, currency and period, the payments captured (orders by when they were paid) and the refunds
 * (by when they were made) from the orders' read model, and the ledger's movement of the accounts that hold the
 * providers' money, then sets them side by side. Each source is summed in PostgreSQL; only the sums come here.
 */
@Component
class Reconciliations {

    private static final Comparator<Key> ORDER_OF_ROWS = Comparator.comparing(Key::period)
            .thenComparing(Key::provider).thenComparing(Key::currency);

    private final TenantScopedQueries queries;

    Reconciliations(TenantScopedQueries queries) {
        this.queries = queries;
    }

    Mono<List<ReconciliationRow>> of(TenantId tenant, Instant from, Instant to, Period period) {
        return queries.read(tenant, db -> {
            Map<Key, Figures> rows = new TreeMap<>(ORDER_OF_ROWS);
            add(rows, captured(db, tenant, from, to, period), sum -> new Figures(sum, BigDecimal.ZERO,
                    BigDecimal.ZERO));
            add(rows, refunded(db, tenant, from, to, period), sum -> new Figures(BigDecimal.ZERO, sum,
                    BigDecimal.ZERO));
            add(rows, ledgerNet(db, tenant, from, to, period), sum -> new Figures(BigDecimal.ZERO, BigDecimal.ZERO,
                    sum));
            return rows.entrySet().stream().map(row -> ReconciliationRow.of(row.getKey(), row.getValue())).toList();
        });
    }

    private static SelectHavingStep<Record4<String, String, String, BigDecimal>> captured(
            DSLContext db, TenantId tenant, Instant from, Instant to, Period period) {
        Field<String> when = period.of(ORDER.CONFIRMED_AT);
        return db.select(when, ORDER.PROVIDER, ORDER.CURRENCY, sum(ORDER.TOTAL_AMOUNT))
                .from(ORDER)
                .where(ORDER.TENANT_ID.eq(tenant.value()).and(ORDER.CONFIRMED_AT.isNotNull())
                        .and(FilterValues.within(ORDER.CONFIRMED_AT, from, to)))
                .groupBy(when, ORDER.PROVIDER, ORDER.CURRENCY);
    }

    private static SelectHavingStep<Record4<String, String, String, BigDecimal>> refunded(
            DSLContext db, TenantId tenant, Instant from, Instant to, Period period) {
        Field<String> when = period.of(ORDER_REFUND.REFUNDED_AT);
        return db.select(when, ORDER_REFUND.PROVIDER, ORDER_REFUND.CURRENCY, sum(ORDER_REFUND.AMOUNT))
                .from(ORDER_REFUND)
                .where(ORDER_REFUND.TENANT_ID.eq(tenant.value())
                        .and(FilterValues.within(ORDER_REFUND.REFUNDED_AT, from, to)))
                .groupBy(when, ORDER_REFUND.PROVIDER, ORDER_REFUND.CURRENCY);
    }

    /** Debits less credits of the providers' money: what they hold, plus refunds staff still owe buyers. */
    private static SelectHavingStep<Record4<String, String, String, BigDecimal>> ledgerNet(
            DSLContext db, TenantId tenant, Instant from, Instant to, Period period) {
        Field<String> when = period.of(LEDGER_ENTRY.EFFECTIVE_AT);
        return db.select(when, LEDGER_ENTRY.PROVIDER, LEDGER_ENTRY.CURRENCY,
                        sum(LEDGER_ENTRY.DEBIT.minus(LEDGER_ENTRY.CREDIT)))
                .from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TENANT_ID.eq(tenant.value())
                        .and(LEDGER_ENTRY.ACCOUNT.in(LedgerAccount.PAYMENT_CLEARING.code(),
                                LedgerAccount.REFUNDS_PAYABLE.code()))
                        .and(FilterValues.within(LEDGER_ENTRY.EFFECTIVE_AT, from, to)))
                .groupBy(when, LEDGER_ENTRY.PROVIDER, LEDGER_ENTRY.CURRENCY);
    }

    private static void add(Map<Key, Figures> rows, SelectHavingStep<Record4<String, String, String, BigDecimal>> sums,
                            Function<BigDecimal, Figures> figures) {
        sums.forEach(sum -> rows.merge(new Key(sum.value1(), sum.value2(), sum.value3()), figures.apply(sum.value4()),
                Figures::plus));
    }
}
