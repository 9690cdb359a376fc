package io.admitone.server.plugins;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.plugin.api.widget.DashboardWidget;
import io.admitone.plugin.api.widget.WidgetContent;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.UUID;

/**
 * The dashboard widgets of the plugins an organisation enabled, with their content now, for any member: the admin
 * draws them beside its own widgets. A widget that fails is listed with the failure instead of its content.
 */
@ConditionalOnRole(Role.QUERY)
@RestController
class PluginWidgetsController {

    private static final Logger LOG = LoggerFactory.getLogger(PluginWidgetsController.class);

    /** A widget: its plugin, its id there and title, and its content, or why there is none. */
    record Widget(String pluginId, String id, String title, WidgetContent content, String error) {
    }

    record Widgets(List<Widget> widgets) {
    }

    private final EnabledPlugins enabled;

    PluginWidgetsController(EnabledPlugins enabled) {
        this.enabled = enabled;
    }

    @GetMapping("/api/v1/orgs/{orgId}/plugin-widgets")
    Mono<Widgets> widgets(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORGANISATION_READ);
        return Mono.fromCallable(() -> new Widgets(enabled.extensions(tenant, DashboardWidget.class).stream()
                        .map(PluginWidgetsController::widget).toList()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static Widget widget(EnabledPlugins.Contributed<DashboardWidget> contributed) {
        DashboardWidget widget = contributed.extension();
        try {
            return new Widget(contributed.pluginId(), widget.id(), widget.title(),
                    widget.content(contributed.organisation()), null);
        } catch (RuntimeException failed) {
            LOG.warn("Widget {} of plugin {} failed: {}", widget.id(), contributed.pluginId(), failed.toString());
            return new Widget(contributed.pluginId(), widget.id(), widget.title(), null,
                    "The widget failed: " + failed.getMessage());
        }
    }
}
