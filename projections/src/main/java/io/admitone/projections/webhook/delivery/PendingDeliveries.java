package io.admitone.projections.webhook.delivery;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.WEBHOOK_DELIVERY;
import static io.admitone.schema.jooq.Tables.WEBHOOK_MESSAGE;
import static io.admitone.schema.jooq.Tables.WEBHOOK_SUBSCRIPTION;

/** The head of a subscription's queue: its first pending deliveries in order, while the subscription may be sent to. */
@Component
class PendingDeliveries {

    private final DSLContext db;

    PendingDeliveries(DSLContext db) {
        this.db = db;
    }

    List<PendingDelivery> head(UUID subscriptionId, int count) {
        var delivery = WEBHOOK_DELIVERY;
        var subscription = WEBHOOK_SUBSCRIPTION;
        return db.select(delivery.DELIVERY_ID, delivery.SUBSCRIPTION_ID, delivery.TENANT_ID, delivery.KIND,
                        delivery.ATTEMPTS, delivery.NEXT_ATTEMPT_AT, WEBHOOK_MESSAGE.MESSAGE_ID, WEBHOOK_MESSAGE.BODY,
                        subscription.URL, subscription.SEALED_SECRET, subscription.PREVIOUS_SEALED_SECRET,
                        subscription.PREVIOUS_SECRET_VALID_UNTIL, subscription.FAILING_SINCE)
                .from(delivery)
                .join(WEBHOOK_MESSAGE).on(WEBHOOK_MESSAGE.MESSAGE_ID.eq(delivery.MESSAGE_ID))
                .join(subscription).on(subscription.SUBSCRIPTION_ID.eq(delivery.SUBSCRIPTION_ID))
                .where(delivery.SUBSCRIPTION_ID.eq(subscriptionId), delivery.STATUS.eq(Deliveries.PENDING),
                        subscription.ENABLED.isTrue(), subscription.DISABLED_AT.isNull())
                .orderBy(delivery.SEQUENCE).limit(count)
                .fetch(Records.mapping(PendingDelivery::new));
    }
}
