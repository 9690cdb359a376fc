package io.admitone.projections.webhook;

import io.admitone.kernel.personaldata.BuyerErased;
import io.admitone.kernel.webhook.WebhookRedeliveryRequested;
import io.admitone.kernel.webhook.WebhookReplayRequested;
import io.admitone.kernel.webhook.WebhookSecretRotated;
import io.admitone.kernel.webhook.WebhookSubscriptionChanged;
import io.admitone.kernel.webhook.WebhookSubscriptionCreated;
import io.admitone.kernel.webhook.WebhookSubscriptionDeleted;
import io.admitone.projections.webhook.catalogue.WebhookCatalogue;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static io.admitone.schema.jooq.Tables.WEBHOOK_REPLAY;
import static io.admitone.schema.jooq.Tables.WEBHOOK_SUBSCRIPTION;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

/**
 * Keeps the subscriptions as their events say, and queues every event the catalogue publishes for the
 * subscriptions that chose its type. Never replayed: a replay would send every webhook once more. It holds the
 * stream when a handler fails (no dead letters), so that no delivery is skipped.
 */
@Component
@ProcessingGroup(WebhooksProjection.NAME)
@DisallowReplay
class WebhooksProjection {

    static final String NAME = "webhooks";

    private final DSLContext db;
    private final SubscriptionRows subscriptions;
    private final WebhookCatalogue catalogue;
    private final WebhookQueue queue;
    private final ErasedBuyerMessages erasedBuyers;
    private final EventStore events;

    WebhooksProjection(DSLContext db, SubscriptionRows subscriptions, WebhookCatalogue catalogue, WebhookQueue queue,
                       ErasedBuyerMessages erasedBuyers, EventStore events) {
        this.db = db;
        this.subscriptions = subscriptions;
        this.catalogue = catalogue;
        this.queue = queue;
        this.erasedBuyers = erasedBuyers;
        this.events = events;
    }

    @EventHandler
    void on(WebhookSubscriptionCreated event, TrackingToken token) {
        subscriptions.create(event, position(token));
    }

    @EventHandler
    void on(WebhookSubscriptionChanged event, TrackingToken token) {
        subscriptions.change(event, position(token));
    }

    @EventHandler
    void on(WebhookSecretRotated event, TrackingToken token) {
        subscriptions.rotate(event, position(token));
    }

    @EventHandler
    void on(WebhookSubscriptionDeleted event) {
        subscriptions.delete(event.subscriptionId().value());
    }

    @EventHandler
    void on(WebhookRedeliveryRequested event) {
        queue.enqueueRedelivery(event.tenantId().value(), event.subscriptionId().value(), event.deliveryId(),
                event.redeliveryId());
    }

    /** Records the replay for the replay worker: from the requested position up to this request. */
    @EventHandler
    void on(WebhookReplayRequested event, TrackingToken token) {
        long upTo = position(token);
        long from = event.fromPosition() != null ? event.fromPosition() : firstPositionAt(event.fromInstant(), upTo);
        db.insertInto(WEBHOOK_REPLAY, WEBHOOK_REPLAY.REPLAY_ID, WEBHOOK_REPLAY.TENANT_ID,
                        WEBHOOK_REPLAY.SUBSCRIPTION_ID, WEBHOOK_REPLAY.FROM_POSITION, WEBHOOK_REPLAY.UP_TO_POSITION,
                        WEBHOOK_REPLAY.NEXT_POSITION, WEBHOOK_REPLAY.ENQUEUED, WEBHOOK_REPLAY.REQUESTED_AT)
                .select(select(val(event.replayId()), WEBHOOK_SUBSCRIPTION.TENANT_ID,
                        WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID, val(from), val(upTo), val(from), inline(0),
                        val(event.requestedAt()))
                        .from(WEBHOOK_SUBSCRIPTION)
                        .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(event.subscriptionId().value()),
                                WEBHOOK_SUBSCRIPTION.TENANT_ID.eq(event.tenantId().value())))
                .onConflict(WEBHOOK_REPLAY.REPLAY_ID).doNothing()
                .execute();
    }

    /** Comes after every message that shows the buyer: they were queued at the positions of the buyer's orders. */
    @EventHandler
    void on(BuyerErased event) {
        erasedBuyers.blank(event);
    }

    /** Every other event: queued if the catalogue publishes it. */
    @EventHandler
    void on(Object event, EventMessage<?> message, TrackingToken token) {
        catalogue.messageOf(message, position(token)).ifPresent(queue::enqueueLive);
    }

    /** The position of the first event stored at or after {@code instant}; {@code upTo} when there is none. */
    private long firstPositionAt(Instant instant, long upTo) {
        TrackingToken before = events.createTokenAt(instant);
        return before == null ? upTo : Math.min(before.position().orElse(upTo - 1) + 1, upTo);
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
