package io.admitone.admin.audit;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.kernel.access.Operation;

/**
 * The audit trail screen for owners, admins and finance: the organisation's events with their filters and metadata,
 * and its hash chain with the signed checkpoints.
 */
@Route(value = "audit", layout = AdminLayout.class)
@PageTitle("Audit trail · AdmitOne")
@Requires(Operation.FINANCE_READ)
@StyleSheet("styles/finance.css")
public class AuditView extends Main {

    public AuditView(AdmitOneApiClient api) {
        addClassName("finance-screen");
        AuditTrailGrid trail = new AuditTrailGrid(api);
        VerticalLayout events = new VerticalLayout(new AuditFilterForm(trail::show), trail);
        events.setPadding(false);
        events.setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("audit-tabs");
        tabs.add("Events", events);
        tabs.add("Hash chain", new HashChainPanel(api));
        tabs.setWidthFull();
        add(new H2("Audit trail"), tabs);
    }
}
