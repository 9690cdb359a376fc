package io.admitone.admin.webhooks;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.ServerApi;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WebhooksViewTest extends BrowserlessAdminTest {

    private final WebhookReceiver receiver = new WebhookReceiver();
    private ServerApi.Staff owner;

    @BeforeEach
    void openTheWebhooksAsAnOwner() {
        owner = SERVER.newOrganisationWithMember("owner");
        signIn(owner);
        navigate(WebhooksView.class);
    }

    @AfterEach
    void stopTheReceiver() {
        receiver.close();
    }

    @Test
    void aSubscriptionGetsItsSecretOnceDeliversAndItsLoggedDeliveryCanBeSentAgain() {
        subscribe(receiver.url(), "venue.* (every venue event)");

        assertThat(find(TextField.class).withId("shown-once-value").single().getValue()).startsWith("whsec_");
        test(find(Button.class).withText("I have copied it").single()).click();
        assertThat(test(subscriptions()).size()).isEqualTo(1);

        createAVenue();
        eventually().untilAsserted(() -> assertThat(receiver.kindsReceived()).containsExactly("live"));
        eventually().untilAsserted(() -> {
            test(find(Button.class).withText("Refresh log").single()).click();
            assertThat(test(deliveries()).size()).isEqualTo(1);
            assertThat(cell(deliveries(), 0, "status")).isEqualTo("delivered");
            assertThat(cell(deliveries(), 0, "lastStatus")).isEqualTo("204");
        });

        test((Button) test(deliveries()).getCellComponent(0, "actions")).click();

        eventually().untilAsserted(() -> assertThat(receiver.kindsReceived()).containsExactly("live", "redelivery"));
        assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
        assertThat(test(deliveries()).size()).isEqualTo(2);
        assertThat(cell(deliveries(), 0, "kind")).isEqualTo("redelivery");
    }

    @Test
    void aSubscriptionIsPausedResumedAndDeleted() {
        subscribe(receiver.url(), "order.* (every order event)");
        test(find(Button.class).withText("I have copied it").single()).click();

        test(find(Button.class).withText("Pause").single()).click();
        assertThat(state()).startsWith("Paused");
        assertThat(((Span) test(subscriptions()).getCellComponent(0, "status")).getText()).isEqualTo("paused");

        test(find(Button.class).withText("Resume").single()).click();
        assertThat(state()).startsWith("Active");

        test(find(Button.class).withText("Delete").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(test(subscriptions()).size()).isZero();
        assertThat(find(SubscriptionPanel.class).all()).as("the panel is hidden").isEmpty();
    }

    @Test
    void aReplaySendsPastEventsAgainAndShowsItsProgress() {
        createAVenue();
        subscribe(receiver.url(), "venue.created");
        test(find(Button.class).withText("I have copied it").single()).click();

        test(find(Button.class).withText("Replay…").single()).click();
        test(find(DateTimePicker.class).withCaption("Replay events from (UTC)").single())
                .setValue(LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.HOURS));
        test(find(Button.class).withText("Start replay").single()).click();

        eventually().untilAsserted(() -> assertThat(receiver.kindsReceived()).containsExactly("replay"));
        eventually().untilAsserted(() -> {
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
            assertThat(find(ReplayProgress.class).single().getElement().getTextRecursively())
                    .isEqualTo("1 of 1 replayed messages delivered");
        });
    }

    @Test
    void aUrlThatIsNoHttpUrlIsRefusedAtItsField() {
        subscribe("ftp://files.example.com/hook", "* (every event type, also those added later)");

        TextField url = find(TextField.class).withCaption("Receiver URL").single();
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("url must be an absolute http or https URL");
        assertThat(test(subscriptions()).size()).isZero();
    }

    private void subscribe(String url, String eventType) {
        test(find(Button.class).withText("New subscription").single()).click();
        test(find(TextField.class).withCaption("Receiver URL").single()).setValue(url);
        test(find(MultiSelectComboBox.class).withCaption("Event types").single()).selectItem(eventType);
        test(find(Button.class).withText("Create subscription").single()).click();
    }

    private void createAVenue() {
        SERVER.call("POST", "/api/v1/orgs/" + owner.organisation() + "/venues",
                SERVER.signIn(owner.email(), owner.password()), Map.of("name", "Harbour Hall",
                        "timeZone", "Europe/Berlin",
                        "sections", List.of(Map.of("name", "Floor", "kind", "STANDING", "capacity", 100))));
    }

    private String state() {
        return find(Paragraph.class).withId("webhook-state").single().getText();
    }

    private String cell(Grid<?> grid, int row, String column) {
        return test(grid).getCellText(row, test(grid).getColumnPosition(column));
    }

    private static ConditionFactory eventually() {
        // The views run in this thread's Vaadin session: conditions are checked here, not on Awaitility's thread.
        return await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500));
    }

    @SuppressWarnings("unchecked")
    private Grid<Subscription> subscriptions() {
        return find(Grid.class).withId("webhooks-grid").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<Delivery> deliveries() {
        return find(Grid.class).withId("deliveries-grid").single();
    }
}
