package io.admitone.projections.finance.ledger;

import io.admitone.kernel.finance.LedgerKind;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.LEDGER_ENTRY;

/**
 * Writes the rows of a transaction to {@code read.ledger_entry} in one statement. A row's id follows from its
 * transaction and its place there, so a transaction written twice keeps its first rows.
 */
@Component
class LedgerEntries {

    private final DSLContext db;

    LedgerEntries(DSLContext db) {
        this.db = db;
    }

    void write(Transaction transaction, List<Posting> postings) {
        if (postings.isEmpty()) {
            return;
        }
        LedgerOrder order = transaction.order();
        var insert = db.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.ENTRY_ID, LEDGER_ENTRY.TENANT_ID,
                LEDGER_ENTRY.TRANSACTION_ID, LEDGER_ENTRY.POSITION, LEDGER_ENTRY.LINE, LEDGER_ENTRY.EFFECTIVE_AT,
                LEDGER_ENTRY.KIND, LEDGER_ENTRY.ACCOUNT, LEDGER_ENTRY.DEBIT, LEDGER_ENTRY.CREDIT,
                LEDGER_ENTRY.CURRENCY, LEDGER_ENTRY.PROVIDER, LEDGER_ENTRY.ORDER_ID, LEDGER_ENTRY.EVENT_ID,
                LEDGER_ENTRY.PERFORMANCE_ID, LEDGER_ENTRY.TICKET_TYPE_ID);
        for (int line = 0; line < postings.size(); line++) {
            Posting posting = postings.get(line);
            insert = insert.values(entryId(transaction.transactionId(), line), order.tenantId(),
                    transaction.transactionId(), transaction.position(), line, transaction.effectiveAt(),
                    transaction.kind().code(), posting.account().code(), posting.debit(), posting.credit(),
                    order.currency(), order.provider(), order.orderId(), order.eventId(), order.performanceId(),
                    posting.ticketTypeId().value());
        }
        insert.onConflictDoNothing().execute();
    }

    /** The rows of a transaction count as {@code kind} from now on. */
    void relabel(UUID transactionId, LedgerKind kind) {
        db.update(LEDGER_ENTRY).set(LEDGER_ENTRY.KIND, kind.code())
                .where(LEDGER_ENTRY.TRANSACTION_ID.eq(transactionId))
                .execute();
    }

    void clear() {
        db.truncate(LEDGER_ENTRY).execute();
    }

    static UUID entryId(UUID transactionId, int line) {
        return UUID.nameUUIDFromBytes((transactionId + "#" + line).getBytes(StandardCharsets.UTF_8));
    }
}
