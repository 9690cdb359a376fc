package io.admitone.server.finance.recount;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.finance.reports.SalesMovement;
import io.admitone.query.finance.reports.SalesRecount;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Recounts from the event store itself: streams every event from the first to the head as it stands when the recount
 * starts, deserializing only the few types that move money, so that a store of any size is read once and never held.
 */
@Component
class EventStoreSalesRecount implements SalesRecount {

    /** Longer than a missing event is ever awaited: a stream that stalls this long before the head is broken. */
    private static final int STALL_SECONDS = 30;

    private final EventStore events;

    EventStoreSalesRecount(EventStore events) {
        this.events = events;
    }

    @Override
    public void replay(TenantId tenant, Consumer<SalesMovement> movements) {
        TrackingToken headToken = events.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        SalesBooks books = new SalesBooks(tenant, movements);
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            long position = -1;
            while (position < head) {
                if (!stream.hasNextAvailable(STALL_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The event stream stalled at " + position + " before " + head);
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                position = event.trackingToken().position().orElseThrow();
                if (position <= head && SalesBooks.EVENTS.contains(event.getPayloadType())) {
                    books.on(event.getPayload());
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Recount interrupted", interrupted);
        }
    }
}
