package io.admitone.admin.dashboard.widgets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.dashboard.DashboardWidget;
import io.admitone.admin.dashboard.WidgetAudience;
import io.admitone.admin.dashboard.WidgetSize;
import io.admitone.admin.session.AdminSession;
import io.admitone.kernel.access.Operation;
import org.springframework.core.annotation.Order;

import java.time.Instant;
import java.util.List;

/**
 * The webhook subscriptions whose receivers fail: those the server disabled and those whose deliveries keep failing,
 * with what is waiting; for those who manage webhooks.
 */
@org.springframework.stereotype.Component
@Order(50)
class WebhookFailuresWidget implements DashboardWidget {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Subscription(String url, String status, String disabledReason, Instant failingSince, int pending) {

        boolean failing() {
            return "disabled".equals(status) || failingSince != null;
        }

        String describe() {
            String state = "disabled".equals(status)
                    ? "disabled" + (disabledReason == null ? "" : ": " + disabledReason)
                    : "failing since " + failingSince;
            return url + " — " + state + ", " + pending + " waiting";
        }
    }

    private final AdmitOneApiClient api;

    WebhookFailuresWidget(AdmitOneApiClient api) {
        this.api = api;
    }

    @Override
    public String type() {
        return "webhook-failures";
    }

    @Override
    public String title() {
        return "Webhook failures";
    }

    @Override
    public WidgetSize defaultSize() {
        return new WidgetSize(6, 1);
    }

    @Override
    public WidgetAudience audience() {
        return WidgetAudience.allowedTo(Operation.WEBHOOKS_MANAGE);
    }

    @Override
    public Component create() {
        List<Subscription> failing = api.page(ApiPath.of("/api/v1/orgs/{orgId}/webhooks",
                        AdminSession.requireOrganisation()), Subscription.class)
                .items().stream().filter(Subscription::failing).toList();
        if (failing.isEmpty()) {
            return new Paragraph("Every webhook subscription is delivering.");
        }
        UnorderedList list = new UnorderedList();
        failing.forEach(subscription -> list.add(new ListItem(subscription.describe())));
        return list;
    }
}
