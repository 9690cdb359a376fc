package io.admitone.server.plugins;

import io.admitone.command.messaging.CommandSender;
import io.admitone.command.plugin.PluginNotInstalled;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.plugin.DisablePluginCommand;
import io.admitone.kernel.plugin.EnablePluginCommand;
import io.admitone.kernel.plugin.OrganisationPluginId;
import io.admitone.kernel.plugin.PluginEnabled;
import io.admitone.kernel.plugin.PluginReconfigured;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Optional;
import java.util.UUID;

/**
 * An organisation's owners and admins enable a plugin with settings checked against the plugin's schema (and give it
 * other settings the same way; a secret left out is kept), and disable it; {@link OrganisationPluginsQueryController}
 * lists them.
 */
@RestController
@ConditionalOnRole(Role.COMMAND)
class OrganisationPluginsController {

    static final String PLUGINS = "/api/v1/orgs/{orgId}/plugins";

    record SettingsRequest(@NotNull ObjectNode settings) {
    }

    private final PluginRuntime runtime;
    private final PluginSettingsSchemas schemas;
    private final SecretSettings secrets;
    private final CommandSender commands;
    private final EventStore events;
    private final JsonMapper json;
    private final JsonMapper canonical;

    OrganisationPluginsController(PluginRuntime runtime, PluginSettingsSchemas schemas, SecretSettings secrets,
                                  CommandSender commands, EventStore events, JsonMapper json) {
        this.runtime = runtime;
        this.schemas = schemas;
        this.secrets = secrets;
        this.commands = commands;
        this.events = events;
        this.json = json;
        this.canonical = json.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    }

    @PutMapping(PLUGINS + "/{pluginId}")
    Mono<ResponseEntity<Void>> enable(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      @PathVariable String pluginId, @Valid @RequestBody SettingsRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.PLUGINS_MANAGE);
        PluginJar plugin = runtime.plugin(pluginId).orElseThrow(() -> new PluginNotInstalled(pluginId));
        String schema = plugin.release().settingsSchema();
        return Mono.fromCallable(() -> {
                    JsonNode stored = storedSettings(tenant, pluginId).map(json::readTree).orElse(null);
                    ObjectNode settings = secrets.merged(schema, request.settings(), stored);
                    schemas.check(pluginId, schema, settings);
                    return canonical.writeValueAsString(canonical.treeToValue(
                            secrets.sealed(schema, settings, stored), Object.class));
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(settings -> commands.send(new EnablePluginCommand(tenant, pluginId, settings)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    /**
     * The settings the organisation gave the plugin last, from the event store itself: the read model may not have
     * the change just before this one yet, and a secret it kept must not be lost.
     */
    private Optional<String> storedSettings(TenantId tenant, String pluginId) {
        String settings = null;
        for (Object event : events.readEvents(new OrganisationPluginId(tenant, pluginId).toString()).asStream()
                .map(Message::getPayload).toList()) {
            if (event instanceof PluginEnabled enabled) {
                settings = enabled.settings();
            } else if (event instanceof PluginReconfigured reconfigured) {
                settings = reconfigured.settings();
            }
        }
        return Optional.ofNullable(settings);
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
