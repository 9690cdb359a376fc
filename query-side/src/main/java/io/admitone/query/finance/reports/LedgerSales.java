package io.admitone.query.finance.reports;

import io.admitone.kernel.money.Money;
import io.admitone.kernel.organisation.TenantId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.admitone.schema.jooq.Tables.LEDGER_ENTRY;

/**
 * A report's figures from the ledger, added up in SQL: a sale's rows credit its gross (net, tax and fee), a refund's
 * rows debit what it pays back; tax and fees are what their accounts hold, credits less debits.
 */
final class LedgerSales {

    private static final List<String> SALES = List.of("sale", "offline-payment");
    private static final List<String> REFUNDS = List.of("refund", "cancellation");

    private static final Field<BigDecimal> GROSS = total(DSL.sum(LEDGER_ENTRY.CREDIT)
            .filterWhere(LEDGER_ENTRY.KIND.in(SALES))).as("gross");
    private static final Field<BigDecimal> REFUNDED = total(DSL.sum(LEDGER_ENTRY.DEBIT)
            .filterWhere(LEDGER_ENTRY.KIND.in(REFUNDS))).as("refunds");
    private static final Field<BigDecimal> TAX = total(DSL.sum(LEDGER_ENTRY.CREDIT.minus(LEDGER_ENTRY.DEBIT))
            .filterWhere(LEDGER_ENTRY.ACCOUNT.eq("tax-payable"))).as("tax");
    private static final Field<BigDecimal> FEES = total(DSL.sum(LEDGER_ENTRY.CREDIT)
            .filterWhere(LEDGER_ENTRY.ACCOUNT.eq("service-fee-revenue")))
            .minus(total(DSL.sum(LEDGER_ENTRY.DEBIT).filterWhere(LEDGER_ENTRY.ACCOUNT.eq("service-fee-refunds"))))
            .as("fees");

    private LedgerSales() {
    }

    static Map<SalesGroup, SalesFigures> figures(DSLContext db, TenantId tenant, SalesReportQuery query) {
        Field<LocalDate> day = day(query.zone());
        List<Field<?>> keys = new ArrayList<>(dimensions(query.grouping(), day));
        keys.add(LEDGER_ENTRY.CURRENCY);
        List<Field<?>> columns = new ArrayList<>(keys);
        columns.addAll(List.of(GROSS, REFUNDED, TAX, FEES));
        return db.select(columns)
                .from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TENANT_ID.eq(tenant.value()).and(window(query)))
                .groupBy(keys)
                .fetch()
                .stream()
                .collect(Collectors.toMap(row -> group(row, day), LedgerSales::figures));
    }

    private static Condition window(SalesReportQuery query) {
        return DSL.and(LEDGER_ENTRY.EFFECTIVE_AT.le(query.asOf()),
                query.from() == null ? DSL.noCondition() : LEDGER_ENTRY.EFFECTIVE_AT.ge(query.from()),
                query.to() == null ? DSL.noCondition() : LEDGER_ENTRY.EFFECTIVE_AT.lt(query.to()));
    }

    /** The date in the zone; the zone is inlined so that the select and the group by name the same thing. */
    static Field<LocalDate> day(ZoneId zone) {
        return DSL.field("cast(({0} at time zone {1}) as date)", LocalDate.class, LEDGER_ENTRY.EFFECTIVE_AT,
                DSL.inline(zone.getId())).as("day");
    }

    private static List<Field<?>> dimensions(SalesGrouping grouping, Field<LocalDate> day) {
        return switch (grouping) {
            case ORGANISATION -> List.of();
            case EVENT -> List.of(LEDGER_ENTRY.EVENT_ID);
            case PERFORMANCE -> List.of(LEDGER_ENTRY.EVENT_ID, LEDGER_ENTRY.PERFORMANCE_ID);
            case TICKET_TYPE -> List.of(LEDGER_ENTRY.EVENT_ID, LEDGER_ENTRY.TICKET_TYPE_ID);
            case DAY -> List.of(day);
        };
    }

    private static SalesGroup group(Record row, Field<LocalDate> day) {
        return new SalesGroup(valueOf(row, day), valueOf(row, LEDGER_ENTRY.EVENT_ID),
                valueOf(row, LEDGER_ENTRY.PERFORMANCE_ID), valueOf(row, LEDGER_ENTRY.TICKET_TYPE_ID),
                row.get(LEDGER_ENTRY.CURRENCY));
    }

    private static <T> T valueOf(Record row, Field<T> field) {
        return row.field(field) == null ? null : row.get(field);
    }

    private static SalesFigures figures(Record row) {
        String currency = row.get(LEDGER_ENTRY.CURRENCY);
        return new SalesFigures(new Money(row.get(GROSS), currency), new Money(row.get(REFUNDED), currency),
                new Money(row.get(TAX), currency), new Money(row.get(FEES), currency));
    }

    private static Field<BigDecimal> total(Field<BigDecimal> sum) {
        return DSL.coalesce(sum, BigDecimal.ZERO);
    }
}
