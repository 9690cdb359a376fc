package io.admitone.admin.webhooks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.LazyList;
import io.admitone.admin.ui.Times;
import io.admitone.kernel.access.Operation;

import java.util.UUID;

/**
 * The organisation's webhook subscriptions; choosing one shows what can be done to it and its delivery log.
 */
@Route(value = "webhooks", layout = AdminLayout.class)
@PageTitle("Webhooks · AdmitOne")
@Requires(Operation.WEBHOOKS_MANAGE)
@StyleSheet("styles/integrations.css")
public class WebhooksView extends Main {

    private final AdmitOneApiClient api;
    private final UUID organisation = AdminSession.requireOrganisation();
    private final Select<String> status = new Select<>();
    private final Grid<Subscription> subscriptions = new Grid<>(Subscription.class, false);
    private final LazyList<Subscription> list;
    private final SubscriptionPanel panel;

    public WebhooksView(AdmitOneApiClient api) {
        this.api = api;
        addClassName("integrations-screen");
        WebhookPaths paths = new WebhookPaths(organisation);
        configureGrid();
        list = LazyList.attach(subscriptions, cursor -> api.page(paths.subscriptions()
                .with("status", status.getValue()).with("cursor", cursor), Subscription.class));
        panel = new SubscriptionPanel(api, organisation, list::reload);
        add(new H2("Webhooks"), new Paragraph("Subscriptions send the organisation's events, signed, to your "
                + "systems. Choose one to see its delivery log."), toolbar(), subscriptions, panel);
    }

    private Div toolbar() {
        status.setLabel("Status");
        status.setItems("active", "paused", "disabled");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setId("webhooks-status");
        status.addValueChangeListener(change -> list.reload());
        Button create = new Button("New subscription", click -> SubscriptionDialog.create(api, organisation, created -> {
            list.reload();
            panel.show(created);
        }));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Div toolbar = new Div(status, create);
        toolbar.addClassName("integrations-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        subscriptions.setId("webhooks-grid");
        subscriptions.addColumn(Subscription::url).setHeader("URL").setFlexGrow(3);
        subscriptions.addColumn(subscription -> String.join(", ", subscription.eventTypes())).setHeader("Event types")
                .setFlexGrow(2);
        subscriptions.addComponentColumn(WebhooksView::statusBadge).setHeader("Status").setKey("status");
        subscriptions.addColumn(Subscription::pending).setHeader("Waiting");
        subscriptions.addColumn(subscription -> Times.shown(subscription.createdAt())).setHeader("Created");
        subscriptions.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                panel.show(change.getValue().id());
            }
        });
    }

    private static Span statusBadge(Subscription subscription) {
        Span badge = new Span(subscription.status());
        badge.addClassNames("status-badge", switch (subscription.status()) {
            case "active" -> "good";
            case "disabled" -> "bad";
            default -> "neutral";
        });
        return badge;
    }
}
