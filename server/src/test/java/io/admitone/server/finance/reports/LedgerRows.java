package io.admitone.server.finance.reports;

import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.LEDGER_ENTRY;

/**
 * Ledger rows of a scenario's organisation, event and performance written into the ledger's table as the ledger
 * writes them, for money that moved at an instant the test chooses.
 */
public record LedgerRows(DSLContext db, SalesScenario books) {

    /** One ticket type's rows of a sale or a refund, with the accounts of the ledger. */
    public void transaction(String kind, Instant at, UUID ticketType, String currency, String gross, String net,
                            String tax, String fee) {
        boolean sale = kind.equals("sale") || kind.equals("offline-payment");
        UUID transaction = UUID.randomUUID();
        entry(transaction, 0, kind, at, ticketType, currency, "payment-clearing", sale ? gross : "0",
                sale ? "0" : gross);
        entry(transaction, 1, kind, at, ticketType, currency, sale ? "ticket-revenue" : "ticket-revenue-refunds",
                sale ? "0" : net, sale ? net : "0");
        entry(transaction, 2, kind, at, ticketType, currency, "tax-payable", sale ? "0" : tax, sale ? tax : "0");
        entry(transaction, 3, kind, at, ticketType, currency, sale ? "service-fee-revenue" : "service-fee-refunds",
                sale ? "0" : fee, sale ? fee : "0");
    }

    private void entry(UUID transaction, int line, String kind, Instant at, UUID ticketType, String currency,
                       String account, String debit, String credit) {
        db.insertInto(LEDGER_ENTRY)
                .set(LEDGER_ENTRY.ENTRY_ID, UUID.randomUUID())
                .set(LEDGER_ENTRY.TENANT_ID, UUID.fromString(books.org()))
                .set(LEDGER_ENTRY.TRANSACTION_ID, transaction)
                .set(LEDGER_ENTRY.POSITION, 0L)
                .set(LEDGER_ENTRY.LINE, line)
                .set(LEDGER_ENTRY.EFFECTIVE_AT, at)
                .set(LEDGER_ENTRY.KIND, kind)
                .set(LEDGER_ENTRY.ACCOUNT, account)
                .set(LEDGER_ENTRY.DEBIT, new BigDecimal(debit))
                .set(LEDGER_ENTRY.CREDIT, new BigDecimal(credit))
                .set(LEDGER_ENTRY.CURRENCY, currency)
                .set(LEDGER_ENTRY.PROVIDER, kind.equals("offline-payment") ? "offline" : "test")
                .set(LEDGER_ENTRY.ORDER_ID, UUID.randomUUID())
                .set(LEDGER_ENTRY.EVENT_ID, UUID.fromString(books.event()))
                .set(LEDGER_ENTRY.PERFORMANCE_ID, UUID.fromString(books.performance()))
                .set(LEDGER_ENTRY.TICKET_TYPE_ID, ticketType)
                .execute();
    }
}
