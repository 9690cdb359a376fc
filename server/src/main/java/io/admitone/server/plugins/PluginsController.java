package io.admitone.server.plugins;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.plugin.InstallPluginCommand;
import io.admitone.kernel.plugin.RemovePluginCommand;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;

/**
 * The platform's plugins, for platform admins: the running ones and the jars refused at start-up, installing or
 * upgrading one by uploading its jar ({@code application/java-archive}), and removing one. Each change is a command,
 * so it is in the event store with who made it.
 */
@RestController
class PluginsController {

    static final String PLUGINS = "/api/v1/admin/plugins";

    record Refused(String file, String reason) {
    }

    record Plugins(List<PluginView> plugins, List<Refused> refused) {
    }

    private final PluginRuntime runtime;
    private final CommandSender commands;
    private final JsonMapper json;
    private final int maxJarSize;

    PluginsController(PluginRuntime runtime, CommandSender commands, JsonMapper json, PluginProperties properties) {
        this.runtime = runtime;
        this.commands = commands;
        this.json = json;
        this.maxJarSize = (int) properties.maxJarSize().toBytes();
    }

    @GetMapping(PLUGINS)
    Plugins plugins(@AuthenticationPrincipal Caller caller) {
        caller.requirePlatformAdmin();
        return new Plugins(runtime.started().values().stream().sorted(Comparator.comparing(PluginJar::id))
                .map(this::view).toList(),
                runtime.refusedAtStart().entrySet().stream().map(refused -> new Refused(refused.getKey(),
                        refused.getValue())).toList());
    }

    @PostMapping(PLUGINS)
    Mono<ResponseEntity<PluginView>> install(@AuthenticationPrincipal Caller caller, ServerHttpRequest request) {
        caller.requirePlatformAdmin();
        return DataBufferUtils.join(request.getBody(), maxJarSize)
                .onErrorMap(DataBufferLimitException.class, tooLarge -> new ResponseStatusException(
                        HttpStatus.CONTENT_TOO_LARGE, "A plugin jar may have at most " + maxJarSize + " bytes"))
                .switchIfEmpty(Mono.error(() -> PluginRefused.invalid("The body must be the plugin's jar")))
                .publishOn(Schedulers.boundedElastic())
                .map(this::install)
                .flatMap(installed -> commands.send(new InstallPluginCommand(installed.plugin().id(),
                                installed.plugin().release()))
                        .then(Mono.fromSupplier(() -> ResponseEntity.status(installed.previousVersion() == null
                                        ? HttpStatus.CREATED : HttpStatus.OK)
                                .body(view(installed.plugin())))));
    }

    @DeleteMapping(PLUGINS + "/{pluginId}")
    Mono<ResponseEntity<Void>> remove(@AuthenticationPrincipal Caller caller, @PathVariable String pluginId) {
        caller.requirePlatformAdmin();
        return Mono.fromRunnable(() -> runtime.remove(pluginId)).subscribeOn(Schedulers.boundedElastic())
                .then(commands.send(new RemovePluginCommand(pluginId)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    /** The uploaded jar goes to a file of its own for the runtime to check and copy, and is deleted after. */
    private PluginRuntime.Installed install(DataBuffer body) {
        try {
            Path jar = Files.createTempFile("admitone-plugin-", ".jar");
            try (InputStream in = body.asInputStream(true)) {
                Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
                return runtime.install(jar);
            } finally {
                Files.deleteIfExists(jar);
            }
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private PluginView view(PluginJar plugin) {
        return PluginView.of(plugin, json);
    }
}
