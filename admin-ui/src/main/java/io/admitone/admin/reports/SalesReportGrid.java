package io.admitone.admin.reports;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.data.renderer.TextRenderer;
import io.admitone.kernel.money.Money;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A sales report's lines: the columns of its grouping, then the amounts, with the totals of each currency in the
 * footer.
 */
class SalesReportGrid extends Grid<SalesReport.Line> {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    SalesReportGrid() {
        setId("sales-grid");
        setAriaLabel("Sales report");
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS);
        setEmptyStateText("Nothing was sold or paid back in this range.");
        setAllRowsVisible(true);
    }

    void show(SalesReport report, Grouping grouping) {
        removeAllColumns();
        ZoneId zone = ZoneId.of(report.zone());
        switch (grouping) {
            case ORGANISATION -> { }
            case EVENT -> text("Event", SalesReport.Line::eventTitle);
            case PERFORMANCE -> {
                text("Event", SalesReport.Line::eventTitle);
                text("Performance", line -> line.performanceStartsAt() == null ? ""
                        : START.format(line.performanceStartsAt().atZone(zone)));
            }
            case TICKET_TYPE -> {
                text("Event", SalesReport.Line::eventTitle);
                text("Ticket type", SalesReport.Line::ticketTypeName);
            }
            case DAY -> text("Day", SalesReport.Line::day);
        }
        text("Currency", SalesReport.Line::currency);
        FooterRow totals = getFooterRows().isEmpty() ? appendFooterRow() : getFooterRows().getFirst();
        amount("Gross", SalesReport.Line::gross, report, totals);
        amount("Refunds", SalesReport.Line::refunds, report, totals);
        amount("Tax", SalesReport.Line::tax, report, totals);
        amount("Fees", SalesReport.Line::fees, report, totals);
        amount("Net", SalesReport.Line::net, report, totals);
        getColumns().getFirst().setFooter("Total");
        setItems(report.lines());
    }

    private void text(String header, Function<SalesReport.Line, String> value) {
        addColumn(new TextRenderer<>(value::apply)).setHeader(header).setAutoWidth(true).setKey(header);
    }

    private void amount(String header, Function<SalesReport.Line, Money> value, SalesReport report,
                        FooterRow totals) {
        Column<SalesReport.Line> column = addColumn(line -> value.apply(line).amount().toPlainString())
                .setHeader(header).setKey(header).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        totals.getCell(column).setText(total(report.lines(), value));
    }

    /** Each currency's sum, such as {@code 150.00 EUR}, the currencies in the order the lines name them. */
    static String total(List<SalesReport.Line> lines, Function<SalesReport.Line, Money> value) {
        Map<String, Money> sums = new LinkedHashMap<>();
        lines.forEach(line -> sums.merge(line.currency(), value.apply(line), Money::plus));
        return sums.values().stream().map(Money::toString).collect(Collectors.joining(" · "));
    }
}
