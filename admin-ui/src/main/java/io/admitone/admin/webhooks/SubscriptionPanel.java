package io.admitone.admin.webhooks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.ui.Problems;
import io.admitone.admin.ui.Times;
import org.springframework.http.HttpMethod;

import java.util.Map;
import java.util.UUID;

/**
 * The subscription chosen in the list: its state, what can be done to it (change, pause or resume, replay, delete)
 * and its delivery log.
 */
class SubscriptionPanel extends Section {

    private final AdmitOneApiClient api;
    private final UUID organisation;
    private final WebhookPaths paths;
    private final Runnable changed;
    private final H3 title = new H3();
    private final Paragraph state = new Paragraph();
    private final Button edit = new Button("Edit");
    private final Button pauseOrResume = new Button();
    private final Button replay = new Button("Replay…");
    private final Button delete = new Button("Delete");
    private final DeliveryLog log;
    private Subscription shown;

    SubscriptionPanel(AdmitOneApiClient api, UUID organisation, Runnable changed) {
        this.api = api;
        this.organisation = organisation;
        this.paths = new WebhookPaths(organisation);
        this.changed = changed;
        this.log = new DeliveryLog(api, paths);
        setId("webhook-subscription-panel");
        addClassName("settings-section");
        state.setId("webhook-state");
        edit.addClickListener(click -> SubscriptionDialog.change(api, organisation, shown, this::changed));
        pauseOrResume.addClickListener(click -> sendDeliveries(!shown.enabled()));
        replay.addClickListener(click -> new ReplayDialog(api, paths, shown, log::reload).open());
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(click -> confirmDeleting());
        Div actions = new Div(edit, pauseOrResume, replay, delete);
        actions.addClassName("integrations-toolbar");
        add(title, state, actions, log);
        setVisible(false);
    }

    void show(UUID subscription) {
        try {
            shown = api.get(paths.subscription(subscription), Subscription.class);
            title.setText(shown.url());
            state.setText(describe(shown));
            pauseOrResume.setText(shown.enabled() ? "Pause" : "Resume");
            setVisible(true);
            log.show(subscription);
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    void hide() {
        shown = null;
        setVisible(false);
    }

    private static String describe(Subscription subscription) {
        String state = switch (subscription.status()) {
            case "paused" -> "Paused: deliveries queue up until it is resumed.";
            case "disabled" -> "Disabled by AdmitOne " + Times.shown(subscription.disabledAt()) + ": "
                    + subscription.disabledReason() + ". Resume it once the receiver works again.";
            default -> "Active.";
        };
        String failing = subscription.failingSince() == null ? ""
                : " Failing since " + Times.shown(subscription.failingSince()) + ".";
        return state + failing + " " + subscription.pending() + " deliveries waiting. Event types: "
                + String.join(", ", subscription.eventTypes()) + ".";
    }

    private void sendDeliveries(boolean enabled) {
        try {
            api.send(HttpMethod.PATCH, paths.subscription(shown.id()), Map.of("enabled", enabled));
            Notification.show(enabled ? "Deliveries resume." : "Paused: deliveries queue up until resumed.");
            changed(shown.id());
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void confirmDeleting() {
        ConfirmDialog confirm = new ConfirmDialog("Delete the subscription to " + shown.url() + "?",
                "Nothing more is sent to it; its waiting deliveries and its delivery log go with it.", "Delete",
                yes -> delete());
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void delete() {
        try {
            api.send(HttpMethod.DELETE, paths.subscription(shown.id()), null);
            Notification.show("The subscription to " + shown.url() + " is deleted.");
            hide();
            changed.run();
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void changed(UUID subscription) {
        changed.run();
        show(subscription);
    }
}
