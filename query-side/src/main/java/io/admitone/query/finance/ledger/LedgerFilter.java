package io.admitone.query.finance.ledger;

import io.admitone.kernel.finance.LedgerAccount;
import io.admitone.kernel.finance.LedgerKind;
import io.admitone.query.paging.FilterValues;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import static io.admitone.schema.jooq.Tables.LEDGER_ENTRY;

/**
 * The filters of the ledger as the query string gives them: when the money moved ({@code from} inclusive, {@code to}
 * exclusive), the {@code account} and the {@code kind} by their codes, and one order ({@code orderId}). A value of
 * the wrong form is a 400 naming its parameter.
 */
public record LedgerFilter(String from, String to, String account, String kind, String orderId) {

    Condition condition() {
        LedgerAccount accountCode = FilterValues.oneOf("account", present(account), LedgerAccount.class);
        LedgerKind kindCode = FilterValues.oneOf("kind", present(kind), LedgerKind.class);
        return DSL.and(
                FilterValues.within(LEDGER_ENTRY.EFFECTIVE_AT, FilterValues.instant("from", present(from)),
                        FilterValues.instant("to", present(to))),
                FilterValues.equal(LEDGER_ENTRY.ACCOUNT, accountCode == null ? null : accountCode.code()),
                FilterValues.equal(LEDGER_ENTRY.KIND, kindCode == null ? null : kindCode.code()),
                FilterValues.equal(LEDGER_ENTRY.ORDER_ID, FilterValues.id("orderId", present(orderId))));
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
