package io.admitone.server.projections;

import io.admitone.kernel.access.Caller;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.ListParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.UUID;
import java.util.concurrent.Callable;

/** The events a projection parked, and their retry or eviction, for platform admins. */
@RestController
class DeadLettersController {

    private static final String DEAD_LETTERS = "/api/v1/admin/projections/{name}/dead-letters";

    private final DeadLetters deadLetters;

    DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping(DEAD_LETTERS)
    Mono<CursorPage<DeadLetterView>> page(@AuthenticationPrincipal Caller caller, @PathVariable String name,
                                          ListParameters page) {
        return blocking(caller, () -> deadLetters.page(name, page.inIdOrder()));
    }

    @PostMapping(DEAD_LETTERS + "/retry")
    Mono<DeadLetters.Retried> retryAll(@AuthenticationPrincipal Caller caller, @PathVariable String name) {
        return blocking(caller, () -> deadLetters.retryAll(name));
    }

    @PostMapping(DEAD_LETTERS + "/{id}/retry")
    Mono<DeadLetters.Retried> retry(@AuthenticationPrincipal Caller caller, @PathVariable String name,
                                    @PathVariable UUID id) {
        return blocking(caller, () -> deadLetters.retry(name, id));
    }

    @DeleteMapping(DEAD_LETTERS + "/{id}")
    Mono<ResponseEntity<Void>> skip(@AuthenticationPrincipal Caller caller, @PathVariable String name,
                                    @PathVariable UUID id) {
        return blocking(caller, () -> {
            deadLetters.skip(name, id);
            return ResponseEntity.noContent().build();
        });
    }

    private static <T> Mono<T> blocking(Caller caller, Callable<T> work) {
        caller.requirePlatformAdmin();
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
