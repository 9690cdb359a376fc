package io.admitone.command.plugin;

import io.admitone.kernel.plugin.DisablePluginCommand;
import io.admitone.kernel.plugin.EnablePluginCommand;
import io.admitone.kernel.plugin.OrganisationPluginId;
import io.admitone.kernel.plugin.PluginDisabled;
import io.admitone.kernel.plugin.PluginEnabled;
import io.admitone.kernel.plugin.PluginReconfigured;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One organisation's use of one plugin: enabled or not, and its settings. Enabling it again with the settings it has
 * and disabling it when it is not enabled record nothing, so that repeating a request does not fill the audit trail.
 */
@Aggregate(cache = "aggregateCache")
class OrganisationPlugin {

    @AggregateIdentifier
    private OrganisationPluginId id;
    private boolean enabled;
    private String settings;

    OrganisationPlugin() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EnablePluginCommand command, Clock clock) {
        if (!enabled) {
            apply(new PluginEnabled(command.tenantId(), command.pluginId(), command.settings(), clock.instant()));
        } else if (!command.settings().equals(settings)) {
            apply(new PluginReconfigured(command.tenantId(), command.pluginId(), command.settings(), clock.instant()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DisablePluginCommand command, Clock clock) {
        if (enabled) {
            apply(new PluginDisabled(command.tenantId(), command.pluginId(), clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(PluginEnabled event) {
        id = event.organisationPluginId();
        enabled = true;
        settings = event.settings();
    }

    @EventSourcingHandler
    void on(PluginReconfigured event) {
        settings = event.settings();
    }

    @EventSourcingHandler
    void on(PluginDisabled event) {
        id = event.organisationPluginId();
        enabled = false;
    }
}
