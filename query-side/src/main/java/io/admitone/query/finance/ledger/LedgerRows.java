package io.admitone.query.finance.ledger;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.Row3;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.LEDGER_ENTRY;

/**
 * Reads an organisation's ledger rows in the order the money moved: by effective time, then stream position, then
 * place in the transaction. Pages seek past the last row read, so rows written meanwhile never shift them; an export
 * reads {@value #EXPORT_PAGE} rows at a time and asks for the next page only when the last one was written out.
 */
@Component
class LedgerRows {

    static final int EXPORT_PAGE = 2000;

    private final TenantScopedQueries queries;

    LedgerRows(TenantScopedQueries queries) {
        this.queries = queries;
    }

    /** Up to {@code limit} matching rows after the row {@code after} (from the first when null). */
    Mono<List<LedgerEntryView>> page(TenantId tenant, Condition condition, UUID after, int limit) {
        return queries.read(tenant, db -> select(db, tenant, condition.and(afterEntry(after)), limit));
    }

    /** Every matching row, a page at a time. */
    Flux<List<LedgerEntryView>> export(TenantId tenant, Condition condition) {
        return exportPage(tenant, condition, null)
                .expand(rows -> rows.size() < EXPORT_PAGE ? Mono.empty()
                        : exportPage(tenant, condition, rows.getLast()));
    }

    private Mono<List<LedgerEntryView>> exportPage(TenantId tenant, Condition condition, LedgerEntryView last) {
        Condition next = last == null ? condition : condition.and(order().gt(DSL.row(DSL.val(last.effectiveAt()),
                DSL.val(last.position()), DSL.val(last.line()))));
        return queries.read(tenant, db -> select(db, tenant, next, EXPORT_PAGE));
    }

    private static Condition afterEntry(UUID after) {
        if (after == null) {
            return DSL.noCondition();
        }
        var entry = LEDGER_ENTRY.as("after_entry");
        return order().gt(DSL.select(entry.EFFECTIVE_AT, entry.POSITION, entry.LINE).from(entry)
                .where(entry.ENTRY_ID.eq(after)));
    }

    private static Row3<Instant, Long, Integer> order() {
        return DSL.row(LEDGER_ENTRY.EFFECTIVE_AT, LEDGER_ENTRY.POSITION, LEDGER_ENTRY.LINE);
    }

    private static List<LedgerEntryView> select(DSLContext db, TenantId tenant, Condition condition, int limit) {
        return db.select(LEDGER_ENTRY.ENTRY_ID, LEDGER_ENTRY.TRANSACTION_ID, LEDGER_ENTRY.POSITION,
                        LEDGER_ENTRY.LINE, LEDGER_ENTRY.EFFECTIVE_AT, LEDGER_ENTRY.KIND, LEDGER_ENTRY.ACCOUNT,
                        LEDGER_ENTRY.DEBIT, LEDGER_ENTRY.CREDIT, LEDGER_ENTRY.CURRENCY, LEDGER_ENTRY.PROVIDER,
                        LEDGER_ENTRY.ORDER_ID, LEDGER_ENTRY.EVENT_ID, LEDGER_ENTRY.PERFORMANCE_ID,
                        LEDGER_ENTRY.TICKET_TYPE_ID)
                .from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TENANT_ID.eq(tenant.value()).and(condition))
                .orderBy(LEDGER_ENTRY.EFFECTIVE_AT, LEDGER_ENTRY.POSITION, LEDGER_ENTRY.LINE)
                .limit(limit)
                .fetch(Records.mapping(LedgerEntryView::of));
    }
}
