package io.admitone.projections.webhook.replay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads the event store over a range of global positions, a slice at a time. */
@Component
class EventRange {

    private final EventStore events;
    private volatile Boolean gapAware;

    EventRange(EventStore events) {
        this.events = events;
    }

    /** At most {@code limit} events from {@code from} on, up to but without {@code upTo}. */
    StreamSlice read(long from, long upTo, int limit) throws InterruptedException {
        if (from >= upTo) {
            return new StreamSlice(List.of(), upTo, true);
        }
        List<TrackedEventMessage<?>> read = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(before(from))) {
            while (read.size() < limit && stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (positionOf(event) >= upTo) {
                    return new StreamSlice(read, upTo, true);
                }
                read.add(event);
            }
        }
        long next = read.isEmpty() ? from : positionOf(read.getLast()) + 1;
        return new StreamSlice(read, next, next >= upTo);
    }

    static long positionOf(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }

    /**
     * The token just before {@code position}, of the kind the store reads from: the JDBC store tracks gaps, Axon
     * Server counts positions.
     */
    private TrackingToken before(long position) {
        if (gapAware == null) {
            gapAware = events.createTailToken() instanceof GapAwareTrackingToken;
        }
        return gapAware ? GapAwareTrackingToken.newInstance(position - 1, List.of())
                : new GlobalSequenceTrackingToken(position - 1);
    }
}
