package io.admitone.admin.dashboard;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DragStartEvent;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The board as its user arranges it, and what the server keeps of it. */
class DashboardBoardTest extends BrowserlessAdminTest {

    @Test
    void aBoxOfficeMemberStartsWithTheWidgetsOfTheirRolesAndNoFinanceFigures() {
        signIn(SERVER.newOrganisationWithMember("box-office"));

        assertThat(widgetsShown()).containsExactly("live-availability", "recent-orders", "system-health");
        assertThat(find(Button.class).withId("dashboard-add-widget").single().isEnabled()).isFalse();
    }

    @Test
    void anOwnerStartsWithEveryWidgetOfTheOrganisation() {
        signIn(SERVER.newOrganisationWithMember("owner"));

        assertThat(widgetsShown()).containsExactly("sales-today", "sales-over-time", "live-availability",
                "recent-orders", "webhook-failures", "system-health");
    }

    @Test
    void removingAWidgetSavesTheBoardWithoutIt() {
        ServerApi.Staff staff = SERVER.newOrganisationWithMember("box-office");
        signIn(staff);

        click("Remove Recent orders");

        assertThat(widgetsShown()).containsExactly("live-availability", "system-health");
        assertThat(saved(staff)).containsExactly(
                "live-availability@1,1 6x2", "system-health@7,1 6x1");
    }

    @Test
    void movingAWidgetEarlierPutsItInItsNeighboursPlace() {
        ServerApi.Staff staff = SERVER.newOrganisationWithMember("box-office");
        signIn(staff);

        click("Move Recent orders earlier");

        assertThat(widgetsShown()).containsExactly("recent-orders", "live-availability", "system-health");
        assertThat(saved(staff)).containsExactly(
                "recent-orders@1,1 6x2", "live-availability@7,1 6x2", "system-health@1,3 6x1");
    }

    @Test
    void aWidgetDraggedOntoAnotherTakesItsPlaceAndTheBoardIsSaved() {
        ServerApi.Staff staff = SERVER.newOrganisationWithMember("box-office");
        signIn(staff);
        Section dragged = find(Section.class).withId("widget-system-health").single();
        Section target = find(Section.class).withId("widget-live-availability").single();

        // What the browser sends for a drag-and-drop: the drag's start at the widget, then the drop on the other.
        ComponentUtil.fireEvent(dragged, new DragStartEvent<>(dragged, true));
        ComponentUtil.fireEvent(target, new DropEvent<>(target, true, "move"));

        assertThat(widgetsShown()).containsExactly("system-health", "live-availability", "recent-orders");
        assertThat(saved(staff)).extracting(widget -> widget.substring(0, widget.indexOf('@')))
                .containsExactly("system-health", "live-availability", "recent-orders");
    }

    @Test
    void resizingAWidgetSavesItsNewSizeAndMovesWhatNoLongerFits() {
        ServerApi.Staff staff = SERVER.newOrganisationWithMember("box-office");
        signIn(staff);

        click("Make Live availability wider");
        click("Make Live availability taller");
        click("Make System health shorter");

        assertThat(saved(staff)).containsExactly(
                "live-availability@1,1 7x3", "recent-orders@1,4 6x2", "system-health@7,4 6x1");
        assertThat(find(Section.class).withId("widget-live-availability").single().getStyle().get("grid-column"))
                .isEqualTo("1 / span 7");
    }

    @Test
    void aRemovedWidgetCanBeAddedBackAtTheEnd() {
        ServerApi.Staff staff = SERVER.newOrganisationWithMember("box-office");
        signIn(staff);
        click("Remove Live availability");

        test(find(Button.class).withId("dashboard-add-widget").single()).click();
        @SuppressWarnings("unchecked")
        Select<DashboardWidget> choice = find(Select.class).withId("dashboard-widget-choice").single();
        test(choice).selectItem("Live availability");
        test(find(Button.class).withText("Add").single()).click();

        assertThat(widgetsShown()).containsExactly("recent-orders", "system-health", "live-availability");
        assertThat(saved(staff)).containsExactly(
                "recent-orders@1,1 6x2", "system-health@7,1 6x1", "live-availability@7,2 6x2");
    }

    @Test
    void theSavedBoardComesBackAtTheNextSignInWithoutWidgetsTheApplicationNoLongerHas() {
        ServerApi.Staff staff = SERVER.newOrganisationWithMember("box-office");
        SERVER.call("PUT", layoutPath(staff), token(staff), Map.of("widgets", List.of(
                Map.of("type", "system-health", "column", 1, "row", 1, "width", 12, "height", 1),
                Map.of("type", "removed-plugin-widget", "column", 1, "row", 2, "width", 4, "height", 2),
                Map.of("type", "recent-orders", "column", 5, "row", 2, "width", 8, "height", 2))));

        signIn(staff);

        assertThat(widgetsShown()).containsExactly("system-health", "recent-orders");
        assertThat(find(Section.class).withId("widget-recent-orders").single().getStyle().get("grid-column"))
                .isEqualTo("1 / span 8");
    }

    private void click(String ariaLabel) {
        test(find(Button.class).withAriaLabel(ariaLabel).single()).click();
    }

    private List<String> widgetsShown() {
        return find(Section.class).withClassName("dashboard-widget").all().stream()
                .map(frame -> frame.getId().orElseThrow().substring("widget-".length()))
                .toList();
    }

    private List<String> saved(ServerApi.Staff staff) {
        JsonNode layout = SERVER.call("GET", layoutPath(staff), token(staff), null);
        return layout.path("widgets").valueStream()
                .map(widget -> widget.path("type").asString() + "@" + widget.path("column").asInt() + ","
                        + widget.path("row").asInt() + " " + widget.path("width").asInt() + "x"
                        + widget.path("height").asInt())
                .toList();
    }

    private static String layoutPath(ServerApi.Staff staff) {
        return "/api/v1/orgs/" + staff.organisation() + "/dashboard-layout";
    }

    private static String token(ServerApi.Staff staff) {
        return SERVER.signIn(staff.email(), staff.password());
    }
}
