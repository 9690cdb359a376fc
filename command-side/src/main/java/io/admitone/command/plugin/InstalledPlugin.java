package io.admitone.command.plugin;

import io.admitone.kernel.plugin.InstallPluginCommand;
import io.admitone.kernel.plugin.PluginInstalled;
import io.admitone.kernel.plugin.PluginRelease;
import io.admitone.kernel.plugin.PluginRemoved;
import io.admitone.kernel.plugin.PluginUpgraded;
import io.admitone.kernel.plugin.RemovePluginCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A plugin on the platform, by its id: the release installed, if any. Installing the release it holds again records
 * nothing; another version replaces it as an upgrade. The same version with other contents is refused: a version
 * names one release for good.
 */
@Aggregate
class InstalledPlugin {

    @AggregateIdentifier
    private String pluginId;
    private PluginRelease release;

    InstalledPlugin() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(InstallPluginCommand command, Clock clock) {
        PluginRelease next = command.release();
        if (release == null) {
            apply(new PluginInstalled(command.pluginId(), next, clock.instant()));
        } else if (release.version().equals(next.version())) {
            if (!release.sha256().equals(next.sha256())) {
                throw new PluginReleaseConflict(command.pluginId(), next.version());
            }
        } else {
            apply(new PluginUpgraded(command.pluginId(), release.version(), next, clock.instant()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RemovePluginCommand command, Clock clock) {
        if (release == null) {
            throw new PluginNotInstalled(command.pluginId());
        }
        apply(new PluginRemoved(command.pluginId(), release.version(), clock.instant()));
    }

    @EventSourcingHandler
    void on(PluginInstalled event) {
        pluginId = event.pluginId();
        release = event.release();
    }

    @EventSourcingHandler
    void on(PluginUpgraded event) {
        release = event.release();
    }

    @EventSourcingHandler
    void on(PluginRemoved event) {
        release = null;
    }
}
