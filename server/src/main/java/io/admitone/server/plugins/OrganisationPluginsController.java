package io.admitone.server.plugins;

import io.admitone.command.messaging.CommandSender;
import io.admitone.command.plugin.PluginNotInstalled;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.plugin.DisablePluginCommand;
import io.admitone.kernel.plugin.EnablePluginCommand;
import io.admitone.query.plugin.PluginChoices;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An organisation's plugins, for its owners and admins: every plugin running on the platform with whether the
 * organisation enabled it and its settings (secret ones as null); enabling one with settings checked against the
 * plugin's schema (and giving it other settings the same way; a secret left out is kept), and disabling it.
 */
@RestController
class OrganisationPluginsController {

    static final String PLUGINS = "/api/v1/orgs/{orgId}/plugins";

    record OrganisationPlugin(PluginView plugin, boolean enabled, JsonNode settings) {
    }

    record Plugins(List<OrganisationPlugin> plugins) {
    }

    record SettingsRequest(@NotNull ObjectNode settings) {
    }

    private final PluginRuntime runtime;
    private final PluginSettingsSchemas schemas;
    private final SecretSettings secrets;
    private final CommandSender commands;
    private final PluginChoices choices;
    private final JsonMapper json;
    private final JsonMapper canonical;

    OrganisationPluginsController(PluginRuntime runtime, PluginSettingsSchemas schemas, SecretSettings secrets,
                                  CommandSender commands, PluginChoices choices, JsonMapper json) {
        this.runtime = runtime;
        this.schemas = schemas;
        this.secrets = secrets;
        this.commands = commands;
        this.choices = choices;
        this.json = json;
        this.canonical = json.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
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

    @PutMapping(PLUGINS + "/{pluginId}")
    Mono<ResponseEntity<Void>> enable(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      @PathVariable String pluginId, @Valid @RequestBody SettingsRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.PLUGINS_MANAGE);
        PluginJar plugin = runtime.plugin(pluginId).orElseThrow(() -> new PluginNotInstalled(pluginId));
        String schema = plugin.release().settingsSchema();
        return Mono.fromCallable(() -> {
                    JsonNode stored = Optional.ofNullable(choices.of(tenant).get(pluginId))
                            .map(choice -> json.readTree(choice.settings())).orElse(null);
                    ObjectNode settings = secrets.merged(schema, request.settings(), stored);
                    schemas.check(pluginId, schema, settings);
                    return canonical.writeValueAsString(canonical.treeToValue(
                            secrets.sealed(schema, settings, stored), Object.class));
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(settings -> commands.send(new EnablePluginCommand(tenant, pluginId, settings)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @DeleteMapping(PLUGINS + "/{pluginId}")
    Mono<ResponseEntity<Void>> disable(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                       @PathVariable String pluginId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.PLUGINS_MANAGE);
        return commands.send(new DisablePluginCommand(tenant, pluginId))
                .thenReturn(ResponseEntity.noContent().build());
    }
}
