package io.admitone.admin.dashboard;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.SalesFixture;
import io.admitone.admin.support.ServerApi;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The built-in widgets showing what really happened on the server. */
class DashboardWidgetsTest extends BrowserlessAdminTest {

    /** Awaits in the test's thread, which holds the browserless Vaadin session the views run in. */
    private static ConditionFactory inTheUiThread() {
        return await().atMost(SalesFixture.PROJECTED).pollInSameThread();
    }

    @Test
    void aSaleShowsInTodaysKpisAndTheChartOfAFinanceMember() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        SalesFixture concert = SalesFixture.onSale(SERVER, owner, "Spring concert");
        concert.order("Ada Buyer", SalesFixture.uniqueEmail("ada"), 2);
        ServerApi.Staff finance = SERVER.newMember(owner.organisation(), concert.ownerToken(), List.of("finance"));
        signIn(finance);

        inTheUiThread().untilAsserted(() -> {
            navigate(DashboardView.class);
            assertThat(find(Div.class).withId("kpi-gross-sales-EUR").single().getElement().getTextRecursively())
                    .isEqualTo("Gross sales99.00 EUR");
        });
        assertThat(find(Div.class).withId("kpi-net-revenue-EUR").single().getElement().getTextRecursively())
                .startsWith("Net revenue");
        assertThat(find(Html.class).single().getInnerHtml())
                .contains("role=\"img\"")
                .contains("99.00 EUR in all, the most 99.00 EUR on ");
    }

    @Test
    void theWidgetOfAServerPluginTheOrganisationEnabledIsOnTheBoardWithItsContent() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        String token = SERVER.signIn(owner.email(), owner.password());
        LocalDate festival = LocalDate.now(ZoneOffset.UTC).plusDays(12);
        SERVER.call("PUT", "/api/v1/orgs/" + owner.organisation() + "/plugins/countdown-widget", token,
                Map.of("settings", Map.of("title", "Summer festival", "date", festival.toString())));
        signIn(owner);

        inTheUiThread().untilAsserted(() -> {
            navigate(DashboardView.class);
            assertThat(find(WidgetFrame.class).withId("widget-plugin-countdown-widget-countdown").single()
                    .getElement().getTextRecursively()).contains("Countdown", "12 days", "Summer festival: " + festival);
        });
    }

    @Test
    void liveAvailabilityFollowsAHoldPlacedThroughTheApiWithoutTheUserDoingAnything() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        SalesFixture concert = SalesFixture.onSale(SERVER, owner, "Autumn concert");
        signIn(owner);
        String figures = "availability-" + concert.performance();
        inTheUiThread().untilAsserted(() -> {
            roundTrip();
            assertThat(find(Span.class).withId(figures).single().getText())
                    .isEqualTo(SalesFixture.CAPACITY + " of " + SalesFixture.CAPACITY + " places available");
        });

        concert.hold(3);

        inTheUiThread().untilAsserted(() -> {
            roundTrip();
            assertThat(find(Span.class).withId(figures).single().getText())
                    .isEqualTo((SalesFixture.CAPACITY - 3) + " of " + SalesFixture.CAPACITY + " places available");
        });
    }
}
