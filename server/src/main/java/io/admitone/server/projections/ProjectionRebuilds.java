package io.admitone.server.projections;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds a projection without downtime, one at a time on this instance: its shadow tables are filled from the
 * event store on a thread of their own while the live tables keep serving reads, then switched in
 * ({@link ShadowBuild}). The request returns once the shadow tables exist; the status tells how it goes on.
 */
@Component
class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final ProcessorStatuses statuses;
    private final RebuildProgress progress;
    private final ShadowTables shadowTables;
    private final ProjectionRebuildProperties properties;
    private final EventStore events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("projection-rebuild").daemon().factory());

    ProjectionRebuilds(ProcessorStatuses statuses, RebuildProgress progress, ShadowTables shadowTables,
                       ProjectionRebuildProperties properties, EventStore events,
                       PlatformTransactionManager transactions, Clock clock) {
        this.statuses = statuses;
        this.progress = progress;
        this.shadowTables = shadowTables;
        this.properties = properties;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    Mono<ProcessorStatus> rebuild(String name) {
        return Mono.fromCallable(() -> {
            ShadowBuild build = prepare(name);
            builder.execute(() -> run(name, build));
            return statuses.named(name);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private synchronized ShadowBuild prepare(String name) {
        StreamingEventProcessor processor = statuses.processor(name);
        List<String> tables = properties.tablesOf(name);
        if (!processor.supportsReset() || tables.isEmpty()
                || !(processor instanceof AbstractEventProcessor withHandlers)) {
            throw new ProjectionNotRebuildable(name);
        }
        if (progress.anyRunning()) {
            throw new ProjectionRebuildRunning();
        }
        shadowTables.create(tables);
        progress.set(name, RebuildStatus.started(clock.instant()));
        return new ShadowBuild(new ShadowBuild.Parts(processor, tables, shadowTables, transactions,
                properties.rebuildBatchSize()), withHandlers.eventHandlerInvoker());
    }

    private void run(String name, ShadowBuild build) {
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            build.catchUp(stream, position -> progress.update(name, status -> status.at(position)));
            progress.update(name, RebuildStatus::switching);
            build.switchOver(stream);
            progress.update(name, status -> status.done(clock.instant()));
        } catch (RuntimeException failure) {
            log.warn("The rebuild of projection {} failed; its live tables stay as they were", name, failure);
            shadowTables.dropAll();
            progress.update(name, status -> status.failed(clock.instant(), String.valueOf(failure.getMessage())));
        }
    }

    @Override
    public void destroy() {
        builder.shutdownNow();
    }
}
