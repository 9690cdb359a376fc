package io.admitone.admin.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.admitone.admin.catalog.CatalogFixture;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventsViewTest extends BrowserlessAdminTest {

    @Test
    void anEventWithAPerformanceAndATicketTypeIsPublishedAndListedAsPublished() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        new CatalogFixture(SERVER, owner).venue("Tonhalle");
        signIn(owner);
        navigate(EventsView.class);

        test(find(Button.class).withText("New event").single()).click();
        test(find(TextField.class).withLabel("Title").single()).setValue("Night of Strings");
        test(find(ComboBox.class).withLabel("Venue").single()).selectItem("Tonhalle (Berlin)");
        test(find(TextField.class).withLabel("Tags").single()).setValue("strings, chamber-music");
        test(find(Button.class).withText("Create event").single()).click();
        assertThat(getCurrentView()).isInstanceOf(EventDetailView.class);

        schedulePerformance(LocalDateTime.now().plusDays(40).truncatedTo(ChronoUnit.HOURS));
        test(find(Button.class).withText("Add ticket type").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue("Front stalls");
        find(BigDecimalField.class).withLabel("Price").single().setValue(new BigDecimal("89.00"));
        test(find(Select.class).withLabel("Sells").single()).selectItem("Seats in price zone front");
        test(find(Button.class).withText("Save ticket type").single()).click();
        test(find(Button.class).withText("Publish").single()).click();

        assertThat(status()).isEqualTo("Published");
        assertThat(test(find(Grid.class).withId("event-performances").single()).size()).isEqualTo(1);
        assertThat(test(find(Grid.class).withId("event-ticket-types").single()).getCellText(0, 1))
                .isEqualTo("89.00 EUR");
        navigate(EventsView.class);
        test(find(TextField.class).withLabel("Title contains").single()).setValue("strings");
        Grid<?> events = find(Grid.class).withId("events-grid").single();
        assertThat(test(events).size()).isEqualTo(1);
        assertThat(((Span) test(events).getCellComponent(0, "status")).getText()).isEqualTo("Published");
    }

    @Test
    void aPriceInACurrencyTheServerDoesNotKnowIsMarkedAtTheCurrencyWithTheServersMessage() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        CatalogFixture catalog = new CatalogFixture(SERVER, owner);
        UUID event = catalog.event("Sketch show", catalog.venue("Cellar"));
        signIn(owner);
        navigate("events/" + event, EventDetailView.class);

        test(find(Button.class).withText("Add ticket type").single()).click();
        test(find(TextField.class).withLabel("Name").single()).setValue("Standing");
        find(BigDecimalField.class).withLabel("Price").single().setValue(new BigDecimal("15.00"));
        test(find(TextField.class).withLabel("Currency").single()).setValue("EUX");
        test(find(Select.class).withLabel("Sells").single()).selectItem("Standing section Floor");
        test(find(Button.class).withText("Save ticket type").single()).click();

        TextField currency = find(TextField.class).withLabel("Currency").single();
        assertThat(currency.isInvalid()).isTrue();
        assertThat(currency.getErrorMessage()).isEqualTo("must be a known ISO 4217 currency");
        assertThat(test(find(Grid.class).withId("event-ticket-types").single()).size()).isZero();
    }

    @Test
    void aCancellationNeedsAReasonAndLeavesTheEventCancelledWithoutControls() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        CatalogFixture catalog = new CatalogFixture(SERVER, owner);
        UUID event = catalog.event("Rained-off picnic", catalog.venue("Park"));
        signIn(owner);
        navigate("events/" + event, EventDetailView.class);

        test(find(Button.class).withText("Cancel event").single()).click();
        test(find(Button.class).withText("Confirm cancellation").single()).click();
        TextArea reason = find(TextArea.class).withLabel("Reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(status()).isEqualTo("Draft");

        test(reason).setValue("The park is flooded.");
        test(find(Button.class).withText("Confirm cancellation").single()).click();

        assertThat(status()).isEqualTo("Cancelled");
        assertThat(find(Button.class).withText("Publish").exists()).isFalse();
        assertThat(find(Button.class).withText("Add performance").exists()).isFalse();
        assertThat(SERVER.call("GET", "/api/v1/orgs/" + owner.organisation() + "/events/" + event,
                catalog.token(), null).path("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aBoxOfficeMemberReadsAnEventButIsOfferedNoWayToChangeIt() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        CatalogFixture catalog = new CatalogFixture(SERVER, owner);
        UUID event = catalog.event("Matinee", catalog.venue("Studio"));
        signIn(SERVER.newMember(owner.organisation(), catalog.token(), List.of("box-office")));
        navigate("events/" + event, EventDetailView.class);

        assertThat(status()).isEqualTo("Draft");
        assertThat(find(Button.class).withText("Publish").exists()).isFalse();
        assertThat(find(Button.class).withText("Edit details").exists()).isFalse();
        assertThat(find(Button.class).withText("Add performance").exists()).isFalse();
        assertThat(find(Button.class).withText("Add ticket type").exists()).isFalse();
    }

    private void schedulePerformance(LocalDateTime starts) {
        test(find(Button.class).withText("Add performance").single()).click();
        find(DateTimePicker.class).withLabel("Starts").single().setValue(starts);
        find(DateTimePicker.class).withLabel("Ends").single().setValue(starts.plusHours(3));
        find(DateTimePicker.class).withLabel("On sale from").single().setValue(LocalDateTime.now().minusHours(1));
        find(DateTimePicker.class).withLabel("On sale until").single().setValue(starts);
        test(find(Button.class).withText("Schedule performance").single()).click();
    }

    private String status() {
        return find(Span.class).withId("event-status").single().getElement().getTextRecursively();
    }
}
