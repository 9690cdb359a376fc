package io.admitone.server.idempotency;

import io.admitone.server.idempotency.IdempotencyEntry.StoredResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebFilterChain;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import java.time.Duration;
import java.util.UUID;

/**
 * Claim, wait or replay. The first request claims the key and runs; a repeat with the same fingerprint polls,
 * with growing pauses, until the answer is stored or the claim is gone (then it claims and runs itself), for at
 * most {@code admitone.idempotency.wait-timeout}. A claim lives {@link #LEASE} and is renewed while its request
 * runs, so a crashed server frees its keys soon while a slow request keeps its own.
 */
@Component
class IdempotentExecutions {

    static final String REPLAYED = "Idempotent-Replayed";
    private static final Logger log = LoggerFactory.getLogger(IdempotentExecutions.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Retry POLLING = Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(20))
            .maxBackoff(Duration.ofMillis(500))
            .filter(StillRunning.class::isInstance);

    private final IdempotencyStore store;
    private final IdempotencyProperties properties;
    private final ObjectProvider<WebExceptionHandler> errorHandlers;

    IdempotentExecutions(IdempotencyStore store, IdempotencyProperties properties,
                         ObjectProvider<WebExceptionHandler> errorHandlers) {
        this.store = store;
        this.properties = properties;
        this.errorHandlers = errorHandlers;
    }

    private sealed interface Outcome {
    }

    private record Claimed(String claim) implements Outcome {
    }

    private record Answered(StoredResponse response) implements Outcome {
    }

    /** Signals a repeat to look again later; never leaves this class. */
    private static final class StillRunning extends RuntimeException {
        StillRunning() {
            super(null, null, false, false);
        }
    }

    Mono<Void> run(ServerWebExchange exchange, WebFilterChain chain, IdempotentRequest request) {
        IdempotencyEntry claim = IdempotencyEntry.running(request.fingerprint(), UUID.randomUUID().toString());
        return Mono.defer(() -> decide(request, claim))
                .retryWhen(POLLING)
                .timeout(properties.waitTimeout(), Mono.error(IdempotentRequestInProgress::new))
                .publishOn(Schedulers.parallel())
                .flatMap(outcome -> switch (outcome) {
                    case Claimed claimed -> execute(exchange, chain, request, claimed.claim());
                    case Answered answered -> replay(exchange.getResponse(), answered.response());
                });
    }

    private Mono<Outcome> decide(IdempotentRequest request, IdempotencyEntry claim) {
        return store.claim(request.entryKey(), claim, LEASE).<Outcome>map(Claimed::new)
                .switchIfEmpty(Mono.defer(() -> store.find(request.entryKey())
                        .flatMap(existing -> existing(existing, request))))
                .switchIfEmpty(Mono.error(StillRunning::new));
    }

    private static Mono<Outcome> existing(IdempotencyEntry entry, IdempotentRequest request) {
        if (!entry.fingerprint().equals(request.fingerprint())) {
            return Mono.error(new IdempotencyKeyReused());
        }
        return entry.hasAnswer() ? Mono.just(new Answered(entry.response())) : Mono.error(new StillRunning());
    }

    private Mono<Void> execute(ServerWebExchange exchange, WebFilterChain chain, IdempotentRequest request,
                               String claim) {
        RecordingResponse response = new RecordingResponse(exchange.getResponse(),
                properties.maxBodySize().toBytes(), answer -> keep(request, claim, answer));
        ServerWebExchange recording = exchange.mutate()
                .request(request.replaying(exchange.getRequest(), response.bufferFactory()))
                .response(response)
                .build();
        Disposable renewal = Flux.interval(LEASE.dividedBy(3))
                .concatMap(tick -> store.extend(request.entryKey(), claim, LEASE).onErrorReturn(false))
                .subscribe();
        return chain.filter(recording)
                .onErrorResume(error -> answerError(recording, error))
                .doFinally(signal -> {
                    renewal.dispose();
                    // a no-op once the answer replaced the claim; otherwise a retry may run again
                    store.release(request.entryKey(), claim).subscribe(released -> { },
                            error -> log.warn("Could not release an idempotency claim; it expires within {}", LEASE));
                });
    }

    /** Errors are answered here, through the recording response, so that a 4xx problem is kept like any answer. */
    private Mono<Void> answerError(ServerWebExchange exchange, Throwable error) {
        Mono<Void> answered = Mono.error(error);
        for (WebExceptionHandler handler : errorHandlers.orderedStream().toList()) {
            answered = answered.onErrorResume(failure -> handler.handle(exchange, failure));
        }
        return answered;
    }

    private Mono<Void> keep(IdempotentRequest request, String claim, StoredResponse answer) {
        IdempotencyEntry answered = IdempotencyEntry.answered(request.fingerprint(), answer);
        return store.answer(request.entryKey(), claim, answered, properties.retention())
                .doOnNext(kept -> {
                    if (!kept) {
                        log.warn("An idempotency claim expired before its answer was stored; a repeat may run again");
                    }
                })
                .onErrorResume(error -> {
                    log.warn("Could not store the answer to an idempotent request; a repeat may run again", error);
                    return Mono.empty();
                })
                .then();
    }

    private static Mono<Void> replay(ServerHttpResponse response, StoredResponse answer) {
        response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
        answer.headers().forEach((name, values) -> response.getHeaders().put(name, values));
        response.getHeaders().set(REPLAYED, "true");
        return answer.body().length == 0
                ? response.setComplete()
                : response.writeWith(Mono.just(response.bufferFactory().wrap(answer.body())));
    }
}
