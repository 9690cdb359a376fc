package io.admitone.admin.dashboard.widgets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import io.admitone.admin.dashboard.DashboardWidget;
import io.admitone.admin.dashboard.WidgetAudience;
import io.admitone.admin.dashboard.WidgetSize;
import io.admitone.kernel.access.Operation;
import org.springframework.core.annotation.Order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** Gross sales per day over the last thirty days as a chart; for finance roles. */
@org.springframework.stereotype.Component
@Order(20)
class SalesOverTimeWidget implements DashboardWidget {

    static final int DAYS = 30;

    private final SalesReports reports;

    SalesOverTimeWidget(SalesReports reports) {
        this.reports = reports;
    }

    @Override
    public String type() {
        return "sales-over-time";
    }

    @Override
    public String title() {
        return "Sales over the last " + DAYS + " days";
    }

    @Override
    public WidgetSize defaultSize() {
        return new WidgetSize(6, 2);
    }

    @Override
    public WidgetAudience audience() {
        return WidgetAudience.allowedTo(Operation.FINANCE_READ);
    }

    @Override
    public Component create() {
        SalesReport report = reports.lastDays(DAYS);
        if (report.lines().isEmpty()) {
            return new Paragraph("No sales in the last " + DAYS + " days.");
        }
        // A chart has one scale: the currency that sold most; others are rare and stay in the finance reports.
        String currency = report.lines().stream()
                .collect(Collectors.groupingBy(SalesReport.Line::currency,
                        Collectors.reducing(BigDecimal.ZERO, line -> line.gross().amount(), BigDecimal::add)))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<LocalDate, BigDecimal> grossByDay = report.lines().stream()
                .filter(line -> line.currency().equals(currency))
                .collect(Collectors.toMap(line -> LocalDate.parse(line.day()), line -> line.gross().amount()));
        LocalDate today = report.today();
        return new Html("<div class=\"sales-chart-frame\">"
                + SalesChart.svg(grossByDay, today.minusDays(DAYS - 1L), today, currency) + "</div>");
    }
}
