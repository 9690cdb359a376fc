package io.admitone.admin.projections;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.admitone.admin.dashboard.DashboardView;
import io.admitone.admin.support.AdmitOneServerProcess;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.Poll;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProjectionsViewTest extends BrowserlessAdminTest {

    private static final ServerApi.Staff PLATFORM_ADMIN = new ServerApi.Staff(null,
            AdmitOneServerProcess.ADMIN_EMAIL, AdmitOneServerProcess.ADMIN_PASSWORD);

    @Test
    void anOwnerWhoIsNoPlatformAdminIsNeitherOfferedNorShownTheProjections() {
        signIn(SERVER.newOrganisationWithMember("owner"));

        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Projections");
        navigate("projections", DashboardView.class);
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
    }

    @Test
    void aPlatformAdminSeesEveryProcessorOfTheServerWithItsState() {
        List<String> running = SERVER.call("GET", "/api/v1/admin/projections", SERVER.platformAdminToken(), null)
                .path("processors").valueStream().map(processor -> processor.path("name").asString()).toList();
        signIn(PLATFORM_ADMIN);

        navigate(ProjectionsView.class);

        Grid<ProcessorStatus> processors = processors();
        assertThat(rows(processors)).extracting(ProcessorStatus::name).containsExactlyInAnyOrderElementsOf(running)
                .contains("audit-trail", "ledger");
        int state = test(processors).getColumnPosition("state");
        assertThat(IntStream.range(0, test(processors).size()).mapToObj(row -> test(processors)
                .getCellComponent(row, state).getElement().getText()))
                .allSatisfy(shown -> assertThat(shown).isIn("RUNNING", "REPLAYING", "STOPPED", "ERROR"));
    }

    @Test
    void aReplayConfirmedOnTheScreenRunsUntilTheProcessorHasCaughtUp() {
        String processor = "venues";
        long headBefore = status(processor).path("headPosition").asLong();
        signIn(PLATFORM_ADMIN);
        navigate(ProjectionsView.class);
        Grid<ProcessorStatus> processors = processors();

        int replayed = rows(processors).stream().map(ProcessorStatus::name).toList().indexOf(processor);
        test((Button) test(processors).getCellComponent(replayed, "replay")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        Poll.arrives();

        assertThat(find(Notification.class).all()).extracting(notification -> test(notification).getText())
                .contains(processor + " is replaying from the first event.");
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            test(find(Button.class).withText("Refresh").single()).click();
            ProcessorStatus shown = rows(processors).stream().filter(row -> row.name().equals(processor))
                    .findFirst().orElseThrow();
            assertThat(shown.progress()).isEqualTo("Caught up");
            assertThat(shown.position()).isGreaterThanOrEqualTo(headBefore);
            int progress = test(processors).getColumnPosition("progress");
            assertThat(test(processors).getCellText(rows(processors).indexOf(shown), progress)).isEqualTo("Caught up");
        });
    }

    private JsonNode status(String processor) {
        return SERVER.call("GET", "/api/v1/admin/projections/" + processor, SERVER.platformAdminToken(), null);
    }

    @SuppressWarnings("unchecked")
    private Grid<ProcessorStatus> processors() {
        return find(Grid.class).withId("projections-grid").single();
    }

    private List<ProcessorStatus> rows(Grid<ProcessorStatus> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(test(grid)::getRow).toList();
    }
}
