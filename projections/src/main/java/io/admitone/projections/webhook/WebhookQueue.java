package io.admitone.projections.webhook;

import io.admitone.kernel.webhook.WebhookEventTypes;
import io.admitone.projections.webhook.catalogue.WebhookMessage;
import io.admitone.projections.webhook.delivery.Deliveries;
import io.admitone.projections.webhook.delivery.Wakeup;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.WEBHOOK_DELIVERY;
import static io.admitone.schema.jooq.Tables.WEBHOOK_MESSAGE;
import static io.admitone.schema.jooq.Tables.WEBHOOK_SUBSCRIPTION;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

/**
 * Puts deliveries at the end of subscriptions' queues: a message is stored once, whoever it goes to, and each
 * delivery is due at once. A live or replayed delivery's id is derived from what it delivers, so that queueing the
 * same event again (a batch the processor handles a second time) adds nothing. The dispatcher is woken once the
 * transaction that queued them has committed.
 */
@Component
public class WebhookQueue {

    private final DSLContext db;
    private final Wakeup deliveryWakeup;
    private final Clock clock;

    WebhookQueue(DSLContext db, Wakeup deliveryWakeup, Clock clock) {
        this.db = db;
        this.deliveryWakeup = deliveryWakeup;
        this.clock = clock;
    }

    /** Queues a new event for every subscription of its organisation that chose its type, paused ones included. */
    void enqueueLive(WebhookMessage message) {
        List<UUID> subscriptions = db.select(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID, WEBHOOK_SUBSCRIPTION.EVENT_TYPES)
                .from(WEBHOOK_SUBSCRIPTION)
                .where(WEBHOOK_SUBSCRIPTION.TENANT_ID.eq(message.tenantId().value()))
                .fetch().stream()
                .filter(row -> WebhookEventTypes.matches(Arrays.asList(row.value2()), message.type()))
                .map(Record2::value1)
                .toList();
        if (subscriptions.isEmpty()) {
            return;
        }
        store(message);
        for (UUID subscription : subscriptions) {
            insert(derivedId(Deliveries.LIVE, message.messageId(), subscription), message, subscription,
                    Deliveries.LIVE, null);
        }
        deliveryWakeup.signalAfterCommit();
    }

    /** Queues an event again for one subscription as part of a replay; answers how many deliveries it added. */
    public int enqueueReplay(WebhookMessage message, UUID subscriptionId, UUID replayId) {
        store(message);
        int added = insert(derivedId(Deliveries.REPLAY, message.messageId(), replayId), message, subscriptionId,
                Deliveries.REPLAY, replayId);
        deliveryWakeup.signalAfterCommit();
        return added;
    }

    /** Queues a delivery's message again, if the subscription of that organisation has the delivery. */
    void enqueueRedelivery(UUID tenantId, UUID subscriptionId, UUID deliveryId, UUID redeliveryId) {
        Instant now = clock.instant();
        var original = WEBHOOK_DELIVERY.as("original");
        int added = db.insertInto(WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.DELIVERY_ID, WEBHOOK_DELIVERY.TENANT_ID,
                        WEBHOOK_DELIVERY.SUBSCRIPTION_ID, WEBHOOK_DELIVERY.MESSAGE_ID, WEBHOOK_DELIVERY.KIND,
                        WEBHOOK_DELIVERY.REDELIVERY_OF, WEBHOOK_DELIVERY.STATUS, WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT,
                        WEBHOOK_DELIVERY.CREATED_AT)
                .select(select(val(redeliveryId), original.TENANT_ID, original.SUBSCRIPTION_ID, original.MESSAGE_ID,
                        inline(Deliveries.REDELIVERY), original.DELIVERY_ID, inline(Deliveries.PENDING), val(now),
                        val(now))
                        .from(original)
                        .where(original.DELIVERY_ID.eq(deliveryId), original.SUBSCRIPTION_ID.eq(subscriptionId),
                                original.TENANT_ID.eq(tenantId)))
                .onConflict(WEBHOOK_DELIVERY.DELIVERY_ID).doNothing()
                .execute();
        if (added > 0) {
            deliveryWakeup.signalAfterCommit();
        }
    }

    private void store(WebhookMessage message) {
        db.insertInto(WEBHOOK_MESSAGE)
                .set(WEBHOOK_MESSAGE.MESSAGE_ID, message.messageId())
                .set(WEBHOOK_MESSAGE.TENANT_ID, message.tenantId().value())
                .set(WEBHOOK_MESSAGE.TYPE, message.type())
                .set(WEBHOOK_MESSAGE.POSITION, message.position())
                .set(WEBHOOK_MESSAGE.OCCURRED_AT, message.occurredAt())
                .set(WEBHOOK_MESSAGE.BODY, message.body())
                .set(WEBHOOK_MESSAGE.BUYER_KEY_ID, message.buyerKeyId() == null ? null : message.buyerKeyId().value())
                .onConflict(WEBHOOK_MESSAGE.MESSAGE_ID).doNothing()
                .execute();
    }

    private int insert(UUID deliveryId, WebhookMessage message, UUID subscriptionId, String kind, UUID replayId) {
        Instant now = clock.instant();
        return db.insertInto(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.DELIVERY_ID, deliveryId)
                .set(WEBHOOK_DELIVERY.TENANT_ID, message.tenantId().value())
                .set(WEBHOOK_DELIVERY.SUBSCRIPTION_ID, subscriptionId)
                .set(WEBHOOK_DELIVERY.MESSAGE_ID, message.messageId())
                .set(WEBHOOK_DELIVERY.KIND, kind)
                .set(WEBHOOK_DELIVERY.REPLAY_ID, replayId)
                .set(WEBHOOK_DELIVERY.STATUS, Deliveries.PENDING)
                .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, now)
                .set(WEBHOOK_DELIVERY.CREATED_AT, now)
                .onConflict(WEBHOOK_DELIVERY.DELIVERY_ID).doNothing()
                .execute();
    }

    /** The same delivery id each time the same message is queued for the same subscription or replay. */
    private static UUID derivedId(String kind, UUID messageId, UUID queue) {
        return UUID.nameUUIDFromBytes((kind + ":" + queue + ":" + messageId).getBytes(StandardCharsets.UTF_8));
    }
}
