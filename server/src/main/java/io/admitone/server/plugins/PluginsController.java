package io.admitone.server.plugins;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.plugin.InstallPluginCommand;
import io.admitone.kernel.plugin.RemovePluginCommand;
import io.admitone.server.web.RequestBodies;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The platform's plugins, for platform admins: the running ones and the jars refused at start-up, the ones the plugin
 * index offers, installing or upgrading one by uploading its jar ({@code application/java-archive}) or by naming a
 * release the index lists, and removing one. Each change is a command, so it is in the event store with who made it.
 */
@ConditionalOnRole(Role.COMMAND)
@RestController
class PluginsController {

    static final String PLUGINS = "/api/v1/admin/plugins";

    record Refused(String file, String reason) {
    }

    record Plugins(List<PluginView> plugins, List<Refused> refused) {
    }

    /** A plugin the index lists, and the version of it running here (null when none is). */
    record Available(String id, String version, String description, String installedVersion) {
    }

    record Listed(List<Available> plugins) {
    }

    /** Installs a release the index lists. */
    record FromIndex(@NotBlank String id, @NotBlank String version) {
    }

    private final PluginRuntime runtime;
    private final PluginIndex index;
    private final CommandSender commands;
    private final JsonMapper json;
    private final int maxJarSize;

    PluginsController(PluginRuntime runtime, PluginIndex index, CommandSender commands, JsonMapper json,
                      PluginProperties properties) {
        this.runtime = runtime;
        this.index = index;
        this.commands = commands;
        this.json = json;
        this.maxJarSize = (int) properties.maxJarSize().toBytes();
    }

    @GetMapping(PLUGINS)
    Plugins plugins(@AuthenticationPrincipal Caller caller) {
        caller.requirePlatformAdmin();
        return new Plugins(runtime.started().values().stream().sorted(Comparator.comparing(PluginJar::id))
                .map(plugin -> PluginView.of(plugin, json)).toList(),
                runtime.refusedAtStart().entrySet().stream().map(refused -> new Refused(refused.getKey(),
                        refused.getValue())).toList());
    }

    @GetMapping(PLUGINS + "/available")
    Mono<Listed> available(@AuthenticationPrincipal Caller caller) {
        caller.requirePlatformAdmin();
        return Mono.fromCallable(() -> new Listed(index.entries().stream()
                        .map(entry -> new Available(entry.id(), entry.version(), entry.description(),
                                runtime.plugin(entry.id()).map(plugin -> plugin.release().version()).orElse(null)))
                        .toList()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** The plugin's jar as the body ({@code application/java-archive}), uploaded by the admin. */
    @PostMapping(path = PLUGINS, consumes = {"application/java-archive", "application/octet-stream"})
    Mono<ResponseEntity<PluginView>> upload(@AuthenticationPrincipal Caller caller, ServerHttpRequest request) {
        caller.requirePlatformAdmin();
        return RequestBodies.read(request, maxJarSize, "A plugin jar may have at most " + maxJarSize + " bytes")
                .filter(body -> body.length > 0)
                .switchIfEmpty(Mono.error(() -> PluginRefused.invalid("The body must be the plugin's jar")))
                .publishOn(Schedulers.boundedElastic())
                .map(body -> install(written(body)))
                .flatMap(this::recorded);
    }

    /** A release the plugin index lists, fetched from where the index says. */
    @PostMapping(path = PLUGINS, consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<PluginView>> fromIndex(@AuthenticationPrincipal Caller caller,
                                               @Valid @RequestBody FromIndex request) {
        caller.requirePlatformAdmin();
        return Mono.fromCallable(() -> install(index.fetch(request.id(), request.version())))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(this::recorded);
    }

    @DeleteMapping(PLUGINS + "/{pluginId}")
    Mono<ResponseEntity<Void>> remove(@AuthenticationPrincipal Caller caller, @PathVariable String pluginId) {
        caller.requirePlatformAdmin();
        return Mono.fromRunnable(() -> runtime.remove(pluginId)).subscribeOn(Schedulers.boundedElastic())
                .then(commands.send(new RemovePluginCommand(pluginId)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    private Mono<ResponseEntity<PluginView>> recorded(PluginRuntime.Installed installed) {
        return commands.send(new InstallPluginCommand(installed.plugin().id(), installed.plugin().release()))
                .then(Mono.fromSupplier(() -> ResponseEntity.status(installed.previousVersion() == null
                        ? HttpStatus.CREATED : HttpStatus.OK).body(PluginView.of(installed.plugin(), json))));
    }

    /** The uploaded jar in a file of its own. */
    private static Path written(byte[] body) {
        try {
            return Files.write(Files.createTempFile("admitone-plugin-", ".jar"), body);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /** Installs from a file of the caller's, which is deleted after. */
    private PluginRuntime.Installed install(Path jar) {
        try {
            return runtime.install(jar);
        } finally {
            jar.toFile().delete();
        }
    }

}
