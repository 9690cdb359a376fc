package io.admitone.query.finance.reports;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.admitone.schema.jooq.Tables.LEDGER_ENTRY;

/**
 * What the daily finance summary reads: which organisations' money moved on which UTC days, and an organisation's
 * sales of one UTC day as the sales report has them per performance, written as the report's CSV. Every method
 * blocks; the server has it where its scheduled jobs run.
 */
public class DailySales {

    /** The time zone whose calendar days the summaries count, whatever the organisation's own zone. */
    public static final ZoneId ZONE = ZoneId.of("UTC");

    /** An organisation whose money moved on {@code day}. */
    public record MovedDay(TenantId tenant, LocalDate day) {
    }

    private final DSLContext db;
    private final TenantScopedQueries queries;

    public DailySales(DSLContext db) {
        this.db = db;
        this.queries = new TenantScopedQueries(db);
    }

    /** Each organisation and day from {@code first} to {@code last} (both included) on which its money moved. */
    public List<MovedDay> movedBetween(LocalDate first, LocalDate last) {
        Field<LocalDate> day = LedgerSales.day(ZONE);
        return db.selectDistinct(LEDGER_ENTRY.TENANT_ID, day).from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.EFFECTIVE_AT.ge(startOf(first)),
                        LEDGER_ENTRY.EFFECTIVE_AT.lt(startOf(last.plusDays(1))))
                .orderBy(day, LEDGER_ENTRY.TENANT_ID)
                .fetch(Records.mapping((tenant, date) -> new MovedDay(new TenantId(tenant), date)));
    }

    /**
     * The organisation's sales report for the day, per performance and currency, from the ledger as it stands at
     * {@code asOf}, as the report's CSV: what {@code GET .../reports/sales?groupBy=performance&from=...&to=...}
     * answers in {@code text/csv} for the same day.
     */
    public String csv(TenantId tenant, LocalDate day, Instant asOf) {
        SalesReportQuery query = new SalesReportQuery(SalesGrouping.PERFORMANCE, SalesSource.LEDGER, asOf,
                startOf(day), startOf(day.plusDays(1)), ZONE);
        SalesReport report = queries.readBlocking(tenant,
                scoped -> SalesReport.of(query, SalesLabels.lines(scoped, LedgerSales.figures(scoped, tenant, query))));
        return SalesCsv.write(report, query.grouping());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
