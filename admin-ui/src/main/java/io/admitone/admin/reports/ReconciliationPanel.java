package io.admitone.admin.reports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.Problems;

import java.util.Map;

/** The payments and refunds the orders record, per period and provider, against what the ledger booked. */
class ReconciliationPanel extends VerticalLayout {

    private final AdmitOneApiClient api;
    private final Select<String> period = new Select<>();
    private final DateTimePicker from = new DateTimePicker("From (UTC)");
    private final DateTimePicker to = new DateTimePicker("Before (UTC)");
    private final Binder<ReconciliationQuery> binder = new Binder<>(ReconciliationQuery.class);
    private final Paragraph verdict = new Paragraph();
    private final Grid<Reconciliation.Row> rows = new Grid<>();

    ReconciliationPanel(AdmitOneApiClient api) {
        this.api = api;
        setPadding(false);
        period.setLabel("Period");
        period.setItems("day", "month");
        binder.forField(period).asRequired("Choose day or month").bind("period");
        binder.forField(from).bind("from");
        binder.forField(to).withValidator(value -> value == null || from.isEmpty() || value.isAfter(from.getValue()),
                "Must be after From").bind("to");
        binder.readRecord(ReconciliationQuery.DEFAULT);
        Button show = new Button("Reconcile", click -> show());
        HorizontalLayout form = new HorizontalLayout(period, from, to, show);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        verdict.setId("reconciliation-verdict");
        verdict.getElement().setAttribute("role", "status");
        configureRows();
        add(form, verdict, rows);
        show();
    }

    private void show() {
        try {
            Reconciliation reconciliation = api.get(binder.writeRecord().path(AdminSession.requireOrganisation()),
                    Reconciliation.class);
            verdict.setText(reconciliation.reconciled() ? "Reconciled: the ledger matches every period."
                    : "Not reconciled: see the rows whose difference is not zero.");
            rows.setItems(reconciliation.rows());
        } catch (ValidationException invalid) {
            // The binder shows each invalid field's message next to it.
        } catch (AdmitOneApiException e) {
            Problems.show(e, Map.of("from", from, "to", to));
        }
    }

    private void configureRows() {
        rows.setId("reconciliation-grid");
        rows.setAriaLabel("Reconciliation");
        rows.setAllRowsVisible(true);
        rows.addColumn(Reconciliation.Row::period).setHeader("Period").setAutoWidth(true);
        rows.addColumn(Reconciliation.Row::provider).setHeader("Provider").setAutoWidth(true);
        rows.addColumn(Reconciliation.Row::currency).setHeader("Currency").setAutoWidth(true);
        rows.addColumn(Reconciliation.Row::captured).setHeader("Captured").setTextAlign(ColumnTextAlign.END);
        rows.addColumn(Reconciliation.Row::refunded).setHeader("Refunded").setTextAlign(ColumnTextAlign.END);
        rows.addColumn(Reconciliation.Row::expectedNet).setHeader("Expected net").setTextAlign(ColumnTextAlign.END);
        rows.addColumn(Reconciliation.Row::ledgerNet).setHeader("Ledger net").setTextAlign(ColumnTextAlign.END);
        rows.addColumn(Reconciliation.Row::difference).setHeader("Difference").setTextAlign(ColumnTextAlign.END);
        rows.addColumn(row -> row.reconciled() ? "Yes" : "No").setHeader("Reconciled").setAutoWidth(true);
    }
}
