package io.admitone.server.audit;

import io.admitone.query.audit.chain.ChainCheckpoints;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;

/**
 * Every {@code admitone.audit.checkpoint-interval}, signs the chain heads that moved. Every instance with the query
 * role runs the round; {@link ChainCheckpoints} lets one sign at a time and signs a head once, so more instances
 * sign no more often. A failed round is logged and the next one tries again.
 */
@Component
@ConditionalOnRole(Role.QUERY)
class CheckpointRounds implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointRounds.class);

    private final ChainCheckpoints checkpoints;
    private final Duration interval;
    private volatile Disposable rounds;

    CheckpointRounds(ChainCheckpoints checkpoints, AuditProperties properties) {
        this.checkpoints = checkpoints;
        this.interval = properties.checkpointInterval();
    }

    @Override
    public void start() {
        rounds = Flux.interval(interval)
                .onBackpressureDrop()
                .concatMap(round -> signMovedHeads(), 0)
                .subscribe();
    }

    private Mono<Integer> signMovedHeads() {
        return Mono.fromCallable(() -> checkpoints.checkpointMovedHeads(interval))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(signed -> log.debug("Signed {} audit chain checkpoints", signed))
                .onErrorResume(error -> {
                    log.warn("Could not sign the audit chain checkpoints this round: {}", error.toString());
                    return Mono.empty();
                });
    }

    @Override
    public void stop() {
        Disposable running = rounds;
        if (running != null) {
            running.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable running = rounds;
        return running != null && !running.isDisposed();
    }
}
