package io.admitone.command.diagnostics.probe;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.diagnostics.ProbeId;
import io.admitone.kernel.diagnostics.StartProbeCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

@RestController
@Validated
class ProbeController {

    private static final Duration MAX_ECHO_DELAY = Duration.ofHours(1);

    private final CommandSender commands;
    private final Clock clock;

    ProbeController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** {@code echoAfter} is an ISO-8601 duration between PT0S and PT1H. */
    record StartProbeRequest(@NotBlank @Size(max = 100) String label, @NotNull Duration echoAfter) {
    }

    record ProbeStartedResponse(ProbeId probeId, Instant echoAt) {
    }

    @PostMapping("/api/v1/admin/probes")
    Mono<ResponseEntity<ProbeStartedResponse>> start(@AuthenticationPrincipal Caller caller,
                                                     @Valid @RequestBody StartProbeRequest request) {
        caller.requirePlatformAdmin();
        if (request.echoAfter().isNegative() || request.echoAfter().compareTo(MAX_ECHO_DELAY) > 0) {
            return Mono.error(new EchoDelayOutOfRange(request.echoAfter(), MAX_ECHO_DELAY));
        }
        ProbeId probeId = ProbeId.random();
        Instant echoAt = clock.instant().plus(request.echoAfter());
        return commands.send(new StartProbeCommand(probeId, request.label(), echoAt))
                .thenReturn(ResponseEntity.created(URI.create("/api/v1/admin/probes/" + probeId))
                        .body(new ProbeStartedResponse(probeId, echoAt)));
    }
}
