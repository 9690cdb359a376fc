package io.admitone.projections.finance.ledger;

import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.organisation.TenantId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import static io.admitone.schema.jooq.Tables.LEDGER_TICKET_TYPE;

/**
 * Each ticket type's tax rate and service fee as they stand at this point of the stream, kept by the ledger itself
 * (not read from the catalogue's read model, which another processor keeps at its own pace), so that a sale is
 * divided by the terms in force when it was paid, in a replay too.
 */
@Component
class TicketTypeTaxes {

    private final DSLContext db;

    TicketTypeTaxes(DSLContext db) {
        this.db = db;
    }

    void keep(TenantId tenant, TicketTypeId ticketType, TicketTypeTerms terms) {
        var fee = terms.feeFixed();
        db.insertInto(LEDGER_TICKET_TYPE)
                .set(LEDGER_TICKET_TYPE.TICKET_TYPE_ID, ticketType.value())
                .set(LEDGER_TICKET_TYPE.TENANT_ID, tenant.value())
                .set(LEDGER_TICKET_TYPE.TAX_RATE, terms.taxRate())
                .set(LEDGER_TICKET_TYPE.FEE_FIXED_AMOUNT, fee == null ? null : fee.amount())
                .set(LEDGER_TICKET_TYPE.FEE_CURRENCY, fee == null ? null : fee.currency())
                .set(LEDGER_TICKET_TYPE.FEE_PERCENT, terms.feePercent())
                .onConflict(LEDGER_TICKET_TYPE.TICKET_TYPE_ID).doUpdate()
                .set(LEDGER_TICKET_TYPE.TAX_RATE, terms.taxRate())
                .set(LEDGER_TICKET_TYPE.FEE_FIXED_AMOUNT, fee == null ? null : fee.amount())
                .set(LEDGER_TICKET_TYPE.FEE_CURRENCY, fee == null ? null : fee.currency())
                .set(LEDGER_TICKET_TYPE.FEE_PERCENT, terms.feePercent())
                .execute();
    }

    void clear() {
        db.truncate(LEDGER_TICKET_TYPE).execute();
    }
}
