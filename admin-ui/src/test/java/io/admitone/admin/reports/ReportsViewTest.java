package io.admitone.admin.reports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.SalesFixture;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReportsViewTest extends BrowserlessAdminTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);

    @Test
    void aSaleOfTwoTicketsShowsItsGrossByEventWithTheTotal() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        SalesFixture sale = SalesFixture.onSale(SERVER, owner, "Gala");
        sale.order("Ada Buyer", SalesFixture.uniqueEmail("ada"), 2);
        signIn(owner);
        navigate(ReportsView.class);

        Grid<SalesReport.Line> lines = salesGrid();
        await().pollInSameThread().atMost(PROJECTED).untilAsserted(() -> {
            test(find(Button.class).withText("Show report").single()).click();
            assertThat(test(lines).size()).isEqualTo(1);
        });

        assertThat(test(lines).getRow(0).eventTitle()).isEqualTo(sale.title());
        assertThat(test(lines).getCellText(0, test(lines).getColumnPosition("Gross"))).isEqualTo("99.00");
        assertThat(test(lines).getFooterCell(test(lines).getColumnPosition("Gross"))).isEqualTo("99.00 EUR");
    }

    @Test
    void theCsvDownloadIsTheServersOwnCsvOfTheReportShown() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        SalesFixture.onSale(SERVER, owner, "Gala").order("Ada Buyer", SalesFixture.uniqueEmail("ada"), 1);
        ServerApi.Staff finance = SERVER.newMember(owner.organisation(),
                SERVER.signIn(owner.email(), owner.password()), List.of("finance"));
        signIn(finance);
        navigate(ReportsView.class);
        test(find(Select.class).withCaption("Group by").single()).selectItem("Ticket type");
        Grid<SalesReport.Line> lines = salesGrid();
        await().pollInSameThread().atMost(PROJECTED).untilAsserted(() -> {
            test(find(Button.class).withText("Show report").single()).click();
            assertThat(test(lines).size()).isEqualTo(1);
        });

        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        test(find(Anchor.class).withText("Download CSV").single()).download(downloaded);

        String servers = SERVER.text("/api/v1/orgs/" + finance.organisation()
                + "/reports/sales?groupBy=ticket-type&zone=UTC", SERVER.signIn(finance.email(), finance.password()),
                "text/csv");
        assertThat(downloaded.toString(StandardCharsets.UTF_8)).isEqualTo(servers).contains("49.50");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPaidSaleLeavesTheLedgerBalancedAndReconciledWithTheOrders() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        SalesFixture.onSale(SERVER, owner, "Gala").order("Ada Buyer", SalesFixture.uniqueEmail("ada"), 1);
        signIn(owner);
        navigate(ReportsView.class);

        TabSheet tabs = find(TabSheet.class).single();
        test(tabs).select("Trial balance");
        Paragraph balanced = find(Paragraph.class).withId("trial-balance-verdict").single();
        Grid<TrialBalance.Account> accounts = find(Grid.class).withId("trial-balance-grid").single();
        await().pollInSameThread().atMost(PROJECTED).untilAsserted(() -> {
            test(find(Button.class).withText("Show balances").single()).click();
            assertThat(test(accounts).size()).isPositive();
        });
        assertThat(balanced.getText()).startsWith("Balanced");

        test(tabs).select("Reconciliation");
        test(find(Button.class).withText("Reconcile").single()).click();
        Grid<Reconciliation.Row> rows = find(Grid.class).withId("reconciliation-grid").single();
        assertThat(test(rows).getRow(0).captured()).isEqualTo("49.50");
        assertThat(find(Paragraph.class).withId("reconciliation-verdict").single().getText())
                .startsWith("Reconciled");
    }

    @SuppressWarnings("unchecked")
    private Grid<SalesReport.Line> salesGrid() {
        return find(Grid.class).withId("sales-grid").single();
    }
}
