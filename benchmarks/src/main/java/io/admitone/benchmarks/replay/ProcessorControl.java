package io.admitone.benchmarks.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;

/**
 * The event processors around a generated history. Processors that send commands (those that cannot replay) must
 * not act on generated events, whose consequences the history already holds: they are paused while it is written
 * and then start again at its head. The projections replay, and are caught up when every segment has reached the
 * head of the event store.
 */
public final class ProcessorControl {

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final EventStore store;

    public ProcessorControl(EventProcessingConfiguration processing, TokenStore tokens,
                            TransactionManager transactions, EventStore store) {
        this.processing = processing;
        this.tokens = tokens;
        this.transactions = transactions;
        this.store = store;
    }

    public List<StreamingEventProcessor> replayable() {
        return streaming().stream().filter(StreamingEventProcessor::supportsReset).toList();
    }

    public List<StreamingEventProcessor> commanding() {
        return streaming().stream().filter(processor -> !processor.supportsReset()).toList();
    }

    public void pauseCommanding() {
        commanding().forEach(StreamingEventProcessor::shutDown);
    }

    /** Moves every segment of the paused processors that send commands to the head, and starts them again. */
    public void resumeCommandingAtHead() {
        TrackingToken head = store.createHeadToken();
        for (StreamingEventProcessor processor : commanding()) {
            transactions.executeInTransaction(() -> {
                for (int segment : tokens.fetchSegments(processor.getName())) {
                    tokens.storeToken(head, processor.getName(), segment);
                    tokens.releaseClaim(processor.getName(), segment);
                }
            });
            processor.start();
        }
    }

    /**
     * Whether {@code processor} runs without error and every segment has handled everything up to the head. A segment
     * that replayed up to the head still counts as replaying until an event after it arrives.
     */
    public boolean caughtUp(StreamingEventProcessor processor) {
        long head = store.createHeadToken().position().orElse(0);
        var segments = processor.processingStatus().values();
        return processor.isRunning() && !processor.isError() && !segments.isEmpty()
                && segments.stream().allMatch(status -> status.isCaughtUp()
                && status.getError() == null && position(status) >= head);
    }

    public boolean allCaughtUp() {
        return streaming().stream().allMatch(this::caughtUp);
    }

    private List<StreamingEventProcessor> streaming() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(0);
    }
}
