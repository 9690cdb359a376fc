package io.admitone.server.projections;

import io.admitone.projections.ShadowWrites;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.stream.Stream;

/**
 * Applies the event store, from its first event, to a projection's shadow tables with the projection's own handlers
 * (those its live processor calls), in batches of one transaction each. Once it has caught up it stops the live
 * processor, applies what came in meanwhile and, in one transaction, moves the live processor's tokens to where it
 * stopped (its reset handler empties the old tables) and puts the shadow tables in place of the live ones.
 */
final class ShadowBuild {

    record Parts(StreamingEventProcessor processor, List<String> tables, ShadowTables shadowTables,
                 TransactionTemplate transactions, int batchSize) {
    }

    private final Parts parts;
    private final List<EventMessageHandler> handlers;
    private TrackingToken last;

    ShadowBuild(Parts parts, EventHandlerInvoker invoker) {
        this.parts = parts;
        this.handlers = handlersOf(invoker).toList();
    }

    /** Applies batches until none is available, reporting the position after each. */
    void catchUp(BlockingStream<TrackedEventMessage<?>> events, java.util.function.LongConsumer progress) {
        while (events.hasNextAvailable()) {
            parts.transactions().executeWithoutResult(transaction -> apply(events, parts.batchSize()));
            progress.accept(last == null ? 0 : last.position().orElse(0));
        }
    }

    /** Stops the live processor for the switch and starts it again whatever happens. */
    void switchOver(BlockingStream<TrackedEventMessage<?>> events) {
        parts.processor().shutDown();
        try {
            parts.transactions().executeWithoutResult(transaction -> {
                apply(events, Integer.MAX_VALUE);
                if (last == null) {
                    parts.processor().resetTokens();
                } else {
                    parts.processor().resetTokens(last);
                }
                parts.shadowTables().swap(parts.tables());
            });
        } finally {
            parts.processor().start();
        }
    }

    private void apply(BlockingStream<TrackedEventMessage<?>> events, int atMost) {
        try {
            ShadowWrites.intoShadowTables(parts.tables(), () -> {
                for (int applied = 0; applied < atMost && events.hasNextAvailable(); applied++) {
                    TrackedEventMessage<?> event = events.nextAvailable();
                    for (EventMessageHandler handler : handlers) {
                        if (handler.canHandle(event)) {
                            handler.handle(event);
                        }
                    }
                    last = event.trackingToken();
                }
                return null;
            });
        } catch (RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static Stream<EventMessageHandler> handlersOf(EventHandlerInvoker invoker) {
        return switch (invoker) {
            case MultiEventHandlerInvoker multi -> multi.delegates().stream().flatMap(ShadowBuild::handlersOf);
            case SimpleEventHandlerInvoker simple -> simple.eventHandlers().stream();
            default -> throw new IllegalStateException("Cannot rebuild with " + invoker.getClass().getName());
        };
    }
}
