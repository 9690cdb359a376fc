package io.admitone.projections.webhook.delivery;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.WEBHOOK_DELIVERY;
import static io.admitone.schema.jooq.Tables.WEBHOOK_SUBSCRIPTION;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.select;

/**
 * Which instance sends a subscription's queue: a lease on its row that the holder renews while it sends, once half of it has run. A
 * lease is taken only when free or run out, by one conditional update, so that two instances never send the same
 * queue at once and the queue of an instance that died is sent again once its lease ran out.
 */
@Component
class SubscriptionLeases {

    private final DSLContext db;
    private final WebhookDispatchProperties properties;
    private final Clock clock;

    SubscriptionLeases(DSLContext db, WebhookDispatchProperties properties, Clock clock) {
        this.db = db;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sendable subscriptions whose first pending delivery is due and whose lease is free, the longest due first. */
    List<UUID> due(int limit) {
        Instant now = clock.instant();
        var subscription = WEBHOOK_SUBSCRIPTION;
        Table<?> head = select(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT).from(WEBHOOK_DELIVERY)
                .where(WEBHOOK_DELIVERY.SUBSCRIPTION_ID.eq(subscription.SUBSCRIPTION_ID),
                        WEBHOOK_DELIVERY.STATUS.eq(Deliveries.PENDING))
                .orderBy(WEBHOOK_DELIVERY.SEQUENCE).limit(1).asTable("head");
        Field<Instant> headDue = head.field(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT);
        return db.select(subscription.SUBSCRIPTION_ID).from(subscription).crossJoin(lateral(head))
                .where(subscription.ENABLED.isTrue(), subscription.DISABLED_AT.isNull(), free(now), headDue.le(now))
                .orderBy(headDue).limit(limit)
                .fetch(subscription.SUBSCRIPTION_ID);
    }

    boolean take(UUID subscriptionId, String owner) {
        Instant now = clock.instant();
        return db.update(WEBHOOK_SUBSCRIPTION)
                .set(WEBHOOK_SUBSCRIPTION.LEASE_OWNER, owner)
                .set(WEBHOOK_SUBSCRIPTION.LEASE_UNTIL, now.plus(properties.lease()))
                .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(subscriptionId), free(now))
                .execute() == 1;
    }

    /** Extends the lease; false when it ran out and another instance took it meanwhile. */
    boolean renew(UUID subscriptionId, String owner) {
        return db.update(WEBHOOK_SUBSCRIPTION)
                .set(WEBHOOK_SUBSCRIPTION.LEASE_UNTIL, clock.instant().plus(properties.lease()))
                .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(subscriptionId),
                        WEBHOOK_SUBSCRIPTION.LEASE_OWNER.eq(owner))
                .execute() == 1;
    }

    void release(UUID subscriptionId, String owner) {
        db.update(WEBHOOK_SUBSCRIPTION)
                .setNull(WEBHOOK_SUBSCRIPTION.LEASE_OWNER)
                .setNull(WEBHOOK_SUBSCRIPTION.LEASE_UNTIL)
                .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(subscriptionId),
                        WEBHOOK_SUBSCRIPTION.LEASE_OWNER.eq(owner))
                .execute();
    }

    private static Condition free(Instant now) {
        return WEBHOOK_SUBSCRIPTION.LEASE_UNTIL.isNull().or(WEBHOOK_SUBSCRIPTION.LEASE_UNTIL.lt(now));
    }
}
