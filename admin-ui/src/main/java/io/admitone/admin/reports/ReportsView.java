package io.admitone.admin.reports;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.kernel.access.Operation;

/** The finance reports screen for owners, admins and finance: sales, the trial balance and the reconciliation. */
@Route(value = "reports", layout = AdminLayout.class)
@PageTitle("Finance reports · AdmitOne")
@Requires(Operation.FINANCE_READ)
@StyleSheet("styles/finance.css")
public class ReportsView extends Main {

    public ReportsView(AdmitOneApiClient api) {
        addClassName("finance-screen");
        TabSheet tabs = new TabSheet();
        tabs.setId("reports-tabs");
        tabs.setWidthFull();
        tabs.add("Sales", new SalesReportPanel(api));
        tabs.add("Trial balance", new TrialBalancePanel(api));
        tabs.add("Reconciliation", new ReconciliationPanel(api));
        add(new H2("Finance reports"), tabs);
    }
}
