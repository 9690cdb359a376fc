package io.admitone.admin.reports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.Problems;

import java.time.ZoneOffset;
import java.util.Map;

/** The ledger's trial balance as of an instant: each account's debits, credits and balance, and whether they balance. */
class TrialBalancePanel extends VerticalLayout {

    private final AdmitOneApiClient api;
    private final DateTimePicker asOf = new DateTimePicker("As of (UTC)");
    private final Paragraph verdict = new Paragraph();
    private final Grid<TrialBalance.Account> accounts = new Grid<>();

    TrialBalancePanel(AdmitOneApiClient api) {
        this.api = api;
        setPadding(false);
        asOf.setHelperText("Everything booked so far when empty");
        Button show = new Button("Show balances", click -> show());
        HorizontalLayout form = new HorizontalLayout(asOf, show);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        verdict.setId("trial-balance-verdict");
        verdict.getElement().setAttribute("role", "status");
        accounts.setId("trial-balance-grid");
        accounts.setAriaLabel("Trial balance");
        accounts.setAllRowsVisible(true);
        accounts.addColumn(TrialBalance.Account::account).setHeader("Account").setAutoWidth(true);
        accounts.addColumn(TrialBalance.Account::currency).setHeader("Currency").setAutoWidth(true);
        accounts.addColumn(TrialBalance.Account::normalSide).setHeader("Normal side").setAutoWidth(true);
        accounts.addColumn(TrialBalance.Account::debits).setHeader("Debits").setTextAlign(ColumnTextAlign.END);
        accounts.addColumn(TrialBalance.Account::credits).setHeader("Credits").setTextAlign(ColumnTextAlign.END);
        accounts.addColumn(TrialBalance.Account::balance).setHeader("Balance").setTextAlign(ColumnTextAlign.END);
        add(form, verdict, accounts);
        show();
    }

    private void show() {
        try {
            TrialBalance balance = api.get(ApiPath.of("/api/v1/orgs/{orgId}/ledger/balances",
                    AdminSession.requireOrganisation()).with("asOf", asOf.isEmpty() ? null
                    : asOf.getValue().toInstant(ZoneOffset.UTC)), TrialBalance.class);
            verdict.setText(balance.balanced() ? "Balanced: in each currency the debits equal the credits."
                    : "Not balanced: in some currency the debits and credits differ.");
            accounts.setItems(balance.accounts());
        } catch (AdmitOneApiException e) {
            Problems.show(e, Map.of("asOf", asOf));
        }
    }
}
