package io.admitone.admin.webhooks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.Page;
import io.admitone.admin.ui.LazyList;
import io.admitone.admin.ui.Problems;
import io.admitone.admin.ui.Times;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.UUID;

/**
 * A subscription's delivery log, newest first: each message's status, attempts, the receiver's last answer and when
 * the next attempt is due; any delivery can be sent again, at the end of the subscription's queue.
 */
class DeliveryLog extends Section {

    private final AdmitOneApiClient api;
    private final WebhookPaths paths;
    private final Select<String> status = new Select<>();
    private final Grid<Delivery> deliveries = new Grid<>(Delivery.class, false);
    private final LazyList<Delivery> list;
    private UUID subscription;

    DeliveryLog(AdmitOneApiClient api, WebhookPaths paths) {
        this.api = api;
        this.paths = paths;
        configureGrid();
        list = LazyList.attach(deliveries, cursor -> subscription == null ? new Page<>(List.of(), null)
                : api.page(paths.deliveries(subscription).with("status", status.getValue()).with("cursor", cursor),
                Delivery.class));
        status.setLabel("Status");
        status.setItems("pending", "delivered");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setId("deliveries-status");
        status.addValueChangeListener(change -> list.reload());
        Button refresh = new Button("Refresh log", click -> list.reload());
        Div toolbar = new Div(status, refresh);
        toolbar.addClassName("integrations-toolbar");
        add(new H3("Delivery log"), toolbar, deliveries);
    }

    void show(UUID subscription) {
        this.subscription = subscription;
        list.reload();
    }

    void reload() {
        list.reload();
    }

    private void configureGrid() {
        deliveries.setId("deliveries-grid");
        deliveries.setAllRowsVisible(false);
        deliveries.addColumn(Delivery::type).setHeader("Event type").setFlexGrow(2);
        deliveries.addColumn(Delivery::kind).setHeader("Kind").setKey("kind");
        deliveries.addColumn(Delivery::status).setHeader("Status").setKey("status");
        deliveries.addColumn(Delivery::attempts).setHeader("Attempts");
        deliveries.addColumn(delivery -> delivery.lastStatus() == null ? "none" : delivery.lastStatus().toString())
                .setHeader("Last response").setKey("lastStatus");
        deliveries.addColumn(delivery -> Times.shown(delivery.nextAttemptAt())).setHeader("Next attempt");
        deliveries.addColumn(delivery -> Times.shown(delivery.createdAt())).setHeader("Created");
        deliveries.addComponentColumn(this::redeliverButton).setHeader("Actions").setKey("actions").setAutoWidth(true);
    }

    private Button redeliverButton(Delivery delivery) {
        Button redeliver = new Button("Redeliver", click -> redeliver(delivery));
        redeliver.addThemeVariants(ButtonVariant.SMALL);
        redeliver.getElement().setAttribute("aria-label", "Redeliver the " + delivery.type() + " message");
        return redeliver;
    }

    private void redeliver(Delivery delivery) {
        try {
            api.send(HttpMethod.POST, paths.redeliver(subscription, delivery.id()), null, Void.class);
            Notification.show("The " + delivery.type() + " message is queued to be sent again.");
            list.reload();
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }
}
