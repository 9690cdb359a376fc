package io.admitone.query.diagnostics;

import io.admitone.kernel.access.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.UUID;

@RestController
class ProbeQueryController {

    private final ProbeReader probes;

    ProbeQueryController(ProbeReader probes) {
        this.probes = probes;
    }

    @GetMapping("/api/v1/admin/probes/{probeId}")
    Mono<ProbeView> probe(@AuthenticationPrincipal Caller caller, @PathVariable UUID probeId) {
        caller.requirePlatformAdmin();
        return Mono.fromCallable(() -> probes.find(probeId))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "No probe " + probeId)));
    }
}
