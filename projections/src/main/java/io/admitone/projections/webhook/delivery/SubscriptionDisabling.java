package io.admitone.projections.webhook.delivery;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.ORGANISATION_NOTIFICATION;
import static io.admitone.schema.jooq.Tables.WEBHOOK_SUBSCRIPTION;

/**
 * Disables a subscription whose receiver is gone or keeps failing, and tells its organisation so. Its deliveries
 * keep waiting, in order, until staff enable it again.
 */
@Component
class SubscriptionDisabling {

    static final String NOTIFICATION_KIND = "webhook-subscription-disabled";
    private static final int MESSAGE_CHARACTERS = 1000;

    private final DSLContext db;

    SubscriptionDisabling(DSLContext db) {
        this.db = db;
    }

    void disable(PendingDelivery delivery, String reason, Instant at) {
        int disabled = db.update(WEBHOOK_SUBSCRIPTION)
                .set(WEBHOOK_SUBSCRIPTION.DISABLED_AT, at)
                .set(WEBHOOK_SUBSCRIPTION.DISABLED_REASON, reason)
                .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(delivery.subscriptionId()),
                        WEBHOOK_SUBSCRIPTION.DISABLED_AT.isNull())
                .execute();
        if (disabled == 1) {
            String message = "The webhook subscription to " + delivery.url() + " was disabled: " + reason
                    + ". Its deliveries wait until the subscription is enabled again.";
            db.insertInto(ORGANISATION_NOTIFICATION)
                    .set(ORGANISATION_NOTIFICATION.NOTIFICATION_ID, UUID.randomUUID())
                    .set(ORGANISATION_NOTIFICATION.TENANT_ID, delivery.tenantId())
                    .set(ORGANISATION_NOTIFICATION.KIND, NOTIFICATION_KIND)
                    .set(ORGANISATION_NOTIFICATION.SUBJECT_ID, delivery.subscriptionId())
                    .set(ORGANISATION_NOTIFICATION.MESSAGE, truncate(message))
                    .set(ORGANISATION_NOTIFICATION.CREATED_AT, at)
                    .execute();
        }
    }

    private static String truncate(String message) {
        return message.length() <= MESSAGE_CHARACTERS ? message : message.substring(0, MESSAGE_CHARACTERS - 1) + "…";
    }
}
