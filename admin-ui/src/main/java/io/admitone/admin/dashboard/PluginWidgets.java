package io.admitone.admin.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.session.AdminSession;
import io.admitone.kernel.dashboard.DashboardLayoutRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The widgets of the server's plugins that the current organisation enabled ({@code GET .../plugin-widgets}), as
 * dashboard widgets of type {@code plugin-<plugin id>-<widget id>}: a headline and labelled lines, drawn like the
 * built-in figures. They are read once per page (a board asks its registry many times while it draws) and again for
 * another organisation or a reloaded page. A server that cannot answer leaves them out rather than the board.
 */
@org.springframework.stereotype.Component
class PluginWidgets {

    private static final Logger LOG = LoggerFactory.getLogger(PluginWidgets.class);
    private static final Pattern TYPE = Pattern.compile(DashboardLayoutRules.TYPE_PATTERN);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listed(String pluginId, String id, String title, Content content, String error) {

        String type() {
            return "plugin-" + pluginId + "-" + id;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Content(String headline, List<Line> lines) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(String label, String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record All(List<Listed> widgets) {
    }

    private final AdmitOneApiClient api;

    PluginWidgets(AdmitOneApiClient api) {
        this.api = api;
    }

    /** What a page read: the organisation and its plugin widgets. */
    private record Read(UUID organisation, List<DashboardWidget> widgets) {
    }

    /** The current organisation's plugin widgets, each with its content as the server computed it. */
    List<DashboardWidget> ofCurrentOrganisation() {
        Optional<UUID> organisation = AdminSession.organisation();
        if (organisation.isEmpty()) {
            return List.of();
        }
        UI page = UI.getCurrent();
        Read read = page == null ? null : ComponentUtil.getData(page, Read.class);
        if (read == null || !read.organisation().equals(organisation.get())) {
            read = new Read(organisation.get(), read(organisation.get()));
            if (page != null) {
                ComponentUtil.setData(page, Read.class, read);
            }
        }
        return read.widgets();
    }

    private List<DashboardWidget> read(UUID organisation) {
        try {
            return api.get(ApiPath.of("/api/v1/orgs/{orgId}/plugin-widgets", organisation), All.class)
                    .widgets().stream()
                    .filter(widget -> TYPE.matcher(widget.type()).matches())
                    .map(widget -> (DashboardWidget) new Widget(widget))
                    .toList();
        } catch (AdmitOneApiException e) {
            LOG.warn("The plugin widgets cannot be read: {}", e.getMessage());
            return List.of();
        }
    }

    private record Widget(Listed listed) implements DashboardWidget {

        @Override
        public String type() {
            return listed.type();
        }

        @Override
        public String title() {
            return listed.title();
        }

        @Override
        public WidgetSize defaultSize() {
            return new WidgetSize(3, 1);
        }

        @Override
        public WidgetAudience audience() {
            return WidgetAudience.everyone();
        }

        @Override
        public Component create() {
            if (listed.content() == null) {
                return new Paragraph(listed.error());
            }
            Span headline = new Span(listed.content().headline());
            headline.addClassName("dashboard-kpi-figure");
            Div content = new Div(headline);
            content.addClassName("dashboard-kpi");
            listed.content().lines().forEach(line -> content.add(new Paragraph(line.label() + ": " + line.value())));
            return content;
        }
    }
}
