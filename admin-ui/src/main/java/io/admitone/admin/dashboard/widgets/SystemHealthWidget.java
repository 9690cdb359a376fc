package io.admitone.admin.dashboard.widgets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.dashboard.DashboardWidget;
import io.admitone.admin.dashboard.WidgetAudience;
import io.admitone.admin.dashboard.WidgetSize;
import io.admitone.admin.session.AdminSession;
import org.springframework.core.annotation.Order;

import java.util.List;

/**
 * Whether the server is healthy, for everyone; for platform admins also how far each projection is behind the
 * event stream, naming those that lag or fail.
 */
@org.springframework.stereotype.Component
@Order(60)
class SystemHealthWidget implements DashboardWidget {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Health(String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Projections(List<Processor> processors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Processor(String name, String state, long eventsBehind, long secondsBehind) {

        boolean lagging() {
            return eventsBehind > 0 || !"RUNNING".equals(state);
        }

        String describe() {
            return name + ": " + state + ", " + eventsBehind + " events (" + secondsBehind + " s) behind";
        }
    }

    private final AdmitOneApiClient api;

    SystemHealthWidget(AdmitOneApiClient api) {
        this.api = api;
    }

    @Override
    public String type() {
        return "system-health";
    }

    @Override
    public String title() {
        return "System health";
    }

    @Override
    public WidgetSize defaultSize() {
        return new WidgetSize(6, 1);
    }

    @Override
    public WidgetAudience audience() {
        return WidgetAudience.everyone();
    }

    @Override
    public Component create() {
        Paragraph health = new Paragraph("Server: " + serverStatus());
        health.setId("system-health-status");
        Div content = new Div(health);
        if (AdminSession.isPlatformAdmin()) {
            content.add(projectionLag());
        }
        return content;
    }

    private String serverStatus() {
        try {
            return api.get(ApiPath.of("/actuator/health"), Health.class).status();
        } catch (AdmitOneApiException e) {
            // An unhealthy server answers 503; one that cannot be reached is not healthy either.
            return e.status() == 503 ? "DOWN" : "unknown (" + e.getMessage() + ")";
        }
    }

    private Component projectionLag() {
        List<Processor> processors = api.get(ApiPath.of("/api/v1/admin/projections"), Projections.class)
                .processors();
        List<Processor> lagging = processors.stream().filter(Processor::lagging).toList();
        if (lagging.isEmpty()) {
            return new Paragraph("All " + processors.size() + " projections are caught up.");
        }
        UnorderedList list = new UnorderedList();
        lagging.forEach(processor -> list.add(new ListItem(processor.describe())));
        return new Div(new Paragraph(lagging.size() + " of " + processors.size() + " projections lag:"), list);
    }
}
