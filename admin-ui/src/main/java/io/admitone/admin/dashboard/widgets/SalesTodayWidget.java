package io.admitone.admin.dashboard.widgets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.admitone.admin.dashboard.DashboardWidget;
import io.admitone.admin.dashboard.WidgetAudience;
import io.admitone.admin.dashboard.WidgetSize;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.money.Money;
import org.springframework.core.annotation.Order;

import java.util.Locale;

/** Today's gross sales, refunds and net revenue per currency, from the sales report; for finance roles. */
@org.springframework.stereotype.Component
@Order(10)
class SalesTodayWidget implements DashboardWidget {

    private final SalesReports reports;

    SalesTodayWidget(SalesReports reports) {
        this.reports = reports;
    }

    @Override
    public String type() {
        return "sales-today";
    }

    @Override
    public String title() {
        return "Sales today";
    }

    @Override
    public WidgetSize defaultSize() {
        return new WidgetSize(6, 1);
    }

    @Override
    public WidgetAudience audience() {
        return WidgetAudience.allowedTo(Operation.FINANCE_READ);
    }

    @Override
    public Component create() {
        SalesReport today = reports.lastDays(1);
        if (today.lines().isEmpty()) {
            return new Paragraph("Nothing sold or refunded yet today.");
        }
        Div figures = new Div();
        figures.addClassName("dashboard-kpis");
        today.lines().forEach(line -> figures.add(
                kpi("Gross sales", line.gross()), kpi("Refunds", line.refunds()), kpi("Net revenue", line.net())));
        return figures;
    }

    private static Component kpi(String label, Money amount) {
        Span name = new Span(label);
        name.addClassName("dashboard-kpi-label");
        Span figure = new Span(amount.amount().toPlainString() + " " + amount.currency());
        figure.addClassName("dashboard-kpi-figure");
        Div kpi = new Div(name, figure);
        kpi.addClassName("dashboard-kpi");
        kpi.setId("kpi-" + label.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + amount.currency());
        return kpi;
    }
}
