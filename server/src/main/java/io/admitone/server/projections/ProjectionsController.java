package io.admitone.server.projections;

import io.admitone.kernel.access.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/** The status of the event processors of this instance, and the replay or rebuild of one, for platform admins. */
@RestController
class ProjectionsController {

    record Processors(List<ProcessorStatus> processors) {
    }

    private final ProcessorStatuses statuses;
    private final ProjectionReplays replays;
    private final ProjectionRebuilds rebuilds;

    ProjectionsController(ProcessorStatuses statuses, ProjectionReplays replays, ProjectionRebuilds rebuilds) {
        this.statuses = statuses;
        this.replays = replays;
        this.rebuilds = rebuilds;
    }

    @GetMapping("/api/v1/admin/projections")
    Mono<Processors> all(@AuthenticationPrincipal Caller caller) {
        caller.requirePlatformAdmin();
        return Mono.fromCallable(() -> new Processors(statuses.all())).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/api/v1/admin/projections/{name}")
    Mono<ProcessorStatus> one(@AuthenticationPrincipal Caller caller, @PathVariable String name) {
        caller.requirePlatformAdmin();
        return Mono.fromCallable(() -> statuses.named(name)).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping("/api/v1/admin/projections/{name}/replay")
    Mono<ResponseEntity<ProcessorStatus>> replay(@AuthenticationPrincipal Caller caller, @PathVariable String name) {
        caller.requirePlatformAdmin();
        return replays.replay(name).map(status -> ResponseEntity.accepted().body(status));
    }

    @PostMapping("/api/v1/admin/projections/{name}/rebuild")
    Mono<ResponseEntity<ProcessorStatus>> rebuild(@AuthenticationPrincipal Caller caller, @PathVariable String name) {
        caller.requirePlatformAdmin();
        return rebuilds.rebuild(name).map(status -> ResponseEntity.accepted().body(status));
    }
}
