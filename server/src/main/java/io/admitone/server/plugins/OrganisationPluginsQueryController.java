package io.admitone.server.plugins;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.plugin.PluginChoices;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.admitone.server.plugins.OrganisationPluginsController.PLUGINS;

/**
 * An organisation's plugins, for its owners and admins: every plugin running on the platform with whether the
 * organisation enabled it and its settings, secret ones as null.
 */
@RestController
@ConditionalOnRole(Role.QUERY)
class OrganisationPluginsQueryController {

    record OrganisationPlugin(PluginView plugin, boolean enabled, JsonNode settings) {
    }

    record Plugins(List<OrganisationPlugin> plugins) {
    }

    private final PluginRuntime runtime;
    private final SecretSettings secrets;
    private final PluginChoices choices;
    private final JsonMapper json;

    OrganisationPluginsQueryController(PluginRuntime runtime, SecretSettings secrets, PluginChoices choices,
                                       JsonMapper json) {
        this.runtime = runtime;
        this.secrets = secrets;
        this.choices = choices;
        this.json = json;
    }

    @GetMapping(PLUGINS)
    Mono<Plugins> plugins(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.PLUGINS_MANAGE);
        return Mono.fromCallable(() -> {
            Map<String, OrganisationPlugin> chosen = new HashMap<>();
            runtime.started().values().forEach(plugin -> chosen.put(plugin.id(),
                    new OrganisationPlugin(PluginView.of(plugin, json), false, JsonNodeFactory.instance.objectNode())));
            choices.of(tenant).forEach((pluginId, choice) -> chosen.computeIfPresent(pluginId,
                    (id, plugin) -> new OrganisationPlugin(plugin.plugin(), choice.enabled(), secrets.shown(
                            runtime.plugin(id).orElseThrow().release().settingsSchema(),
                            json.readTree(choice.settings())))));
            return new Plugins(chosen.values().stream()
                    .sorted(Comparator.comparing(plugin -> plugin.plugin().id())).toList());
        }).subscribeOn(Schedulers.boundedElastic());
    }

}
