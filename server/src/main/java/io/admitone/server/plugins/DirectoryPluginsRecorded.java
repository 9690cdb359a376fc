package io.admitone.server.plugins;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.plugin.InstallPluginCommand;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the plugins started from the plugins directory as installed once the server is ready, so that a jar an
 * operator put there is in the registry and the event store like one a platform admin uploaded. A release recorded
 * already changes nothing; one that cannot be recorded is logged and keeps running.
 */
@Component
@ConditionalOnRole(Role.COMMAND)
class DirectoryPluginsRecorded {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryPluginsRecorded.class);

    private final PluginRuntime runtime;
    private final CommandSender commands;

    DirectoryPluginsRecorded(PluginRuntime runtime, CommandSender commands) {
        this.runtime = runtime;
        this.commands = commands;
    }

    @EventListener(ApplicationReadyEvent.class)
    void record() {
        runtime.started().values().forEach(plugin -> commands.send(new InstallPluginCommand(plugin.id(),
                        plugin.release()))
                .doOnError(refused -> LOG.error("Plugin {} {} runs but cannot be recorded as installed: {}",
                        plugin.id(), plugin.release().version(), refused.getMessage()))
                .onErrorComplete()
                .block());
    }
}
