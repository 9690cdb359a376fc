package io.admitone.admin.venues;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.admitone.admin.catalog.CatalogFixture;
import io.admitone.admin.events.EventsView;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class VenuesViewTest extends BrowserlessAdminTest {

    @Test
    void aVenueCreatedWithASeatMapIsDrawnSeatBySeatInItsPriceZones() {
        signIn(SERVER.newOrganisationWithMember("event-manager"));
        navigate(VenuesView.class);

        test(find(Button.class).withText("New venue").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue("Philharmonie");
        fillSeatedSection(0, 0, "Stalls", "front", 2, 5);
        test(find(Button.class).withText("Add standing section").single()).click();
        test(find(TextField.class).withLabel("Section").all().get(1)).setValue("Floor");
        find(IntegerField.class).withLabel("Standing places").single().setValue(300);
        test(find(Button.class).withText("Add seated section").single()).click();
        fillSeatedSection(2, 1, "Balcony", "rear", 3, 4);
        test(find(Button.class).withText("Create venue").single()).click();

        assertThat(getCurrentView()).isInstanceOf(VenueDetailView.class);
        assertThat(seats()).hasSize(22);
        assertThat(find(Span.class).withClassName("seat", "zone-0").all()).hasSize(10);
        assertThat(find(Span.class).withClassName("seat", "zone-1").all()).hasSize(12);
        assertThat(legend()).contains("front: 10", "rear: 12");
        assertThat(find(Div.class).withClassName("standing-area").single().getElement().getTextRecursively())
                .isEqualTo("Standing · 300 places");
        assertThat(test(find(Grid.class).withId("venue-sections").single()).size()).isEqualTo(3);
    }

    @Test
    void aSeatMapLeftIncompleteIsNotSentAndTheFieldAtFaultSaysWhy() {
        signIn(SERVER.newOrganisationWithMember("owner"));
        navigate(VenuesView.class);

        test(find(Button.class).withText("New venue").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue("Half-built hall");
        test(find(TextField.class).withLabel("Section").single()).setValue("A-1");
        test(find(Button.class).withText("Create venue").single()).click();

        TextField section = find(TextField.class).withLabel("Section").single();
        assertThat(section.isInvalid()).isTrue();
        assertThat(section.getErrorMessage()).isEqualTo("1 to 16 letters (A-Z, a-z) and digits");
        assertThat(getCurrentView()).isInstanceOf(VenuesView.class);
    }

    @Test
    void theSeatMapOfAPerformanceShowsWhichSeatsAreHeld() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        CatalogFixture catalog = new CatalogFixture(SERVER, owner);
        CatalogFixture.OnSale onSale = catalog.onSale("Quartet night");
        catalog.hold(onSale, "A-1-2", "A-1-3");
        signIn(owner);
        String venue = SERVER.call("GET", "/api/v1/orgs/" + owner.organisation() + "/events/" + onSale.event(),
                catalog.token(), null).path("venueId").asString();

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            navigate("venues/" + venue, VenueDetailView.class);
            ComboBoxTester<?, ?> performance = test(find(ComboBox.class).withLabel("Seat status in performance").single());
            performance.selectItem(performance.getSuggestions().getFirst());
            assertThat(find(Span.class).withClassName("seat", "status-held").all()).hasSize(2);
        });
        assertThat(find(Span.class).withClassName("seat", "status-free").all()).hasSize(8);
        assertThat(legend()).contains("free: 8", "held: 2", "sold: 0");
        assertThat(find(Span.class).withClassName("seat", "status-held").all().getFirst().getElement().getAttribute("title"))
                .isEqualTo("A-1-2 · front · held");
    }

    @Test
    void aBoxOfficeMemberSeesTheCatalogButNoWayToCreateVenuesOrEvents() {
        signIn(SERVER.newOrganisationWithMember("box-office"));

        navigate(VenuesView.class);
        assertThat(find(Grid.class).withId("venues-grid").exists()).isTrue();
        assertThat(find(Button.class).withText("New venue").exists()).isFalse();
        navigate(EventsView.class);
        assertThat(find(Grid.class).withId("events-grid").exists()).isTrue();
        assertThat(find(Button.class).withText("New event").exists()).isFalse();
    }

    /** Fills the section at {@code index}, the {@code seatedIndex}th seated one: a standing one hides seat fields. */
    private void fillSeatedSection(int index, int seatedIndex, String name, String priceZone, int rows,
                                   int seatsPerRow) {
        test(find(TextField.class).withLabel("Section").all().get(index)).setValue(name);
        test(find(TextField.class).withLabel("Price zone").all().get(seatedIndex)).setValue(priceZone);
        find(IntegerField.class).withLabel("Rows").all().get(seatedIndex).setValue(rows);
        find(IntegerField.class).withLabel("Seats per row").all().get(seatedIndex).setValue(seatsPerRow);
    }

    private List<Span> seats() {
        return find(Span.class).withClassName("seat").all();
    }

    private String legend() {
        return find(Div.class).withId("seat-map-legend").single().getElement().getTextRecursively();
    }
}
