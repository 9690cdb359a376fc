package io.admitone.projections.webhook;

import io.admitone.kernel.webhook.WebhookSecretRotated;
import io.admitone.kernel.webhook.WebhookSubscriptionChanged;
import io.admitone.kernel.webhook.WebhookSubscriptionCreated;
import io.admitone.projections.webhook.delivery.Deliveries;
import io.admitone.projections.webhook.delivery.Wakeup;
import io.admitone.schema.jooq.tables.records.WebhookSubscriptionRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.WEBHOOK_DELIVERY;
import static io.admitone.schema.jooq.Tables.WEBHOOK_SUBSCRIPTION;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.val;

/**
 * The rows of {@code read.webhook_subscription}. A change or rotation applies only over an older position, so a
 * redelivered event never applies twice (a rotation applied twice would lose the previous secret).
 */
@Component
class SubscriptionRows {

    private final DSLContext db;
    private final Wakeup deliveryWakeup;
    private final Clock clock;

    SubscriptionRows(DSLContext db, Wakeup deliveryWakeup, Clock clock) {
        this.db = db;
        this.deliveryWakeup = deliveryWakeup;
        this.clock = clock;
    }

    void create(WebhookSubscriptionCreated event, long position) {
        db.insertInto(WEBHOOK_SUBSCRIPTION)
                .set(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID, event.subscriptionId().value())
                .set(WEBHOOK_SUBSCRIPTION.TENANT_ID, event.tenantId().value())
                .set(WEBHOOK_SUBSCRIPTION.URL, event.url())
                .set(WEBHOOK_SUBSCRIPTION.EVENT_TYPES, event.eventTypes().toArray(String[]::new))
                .set(WEBHOOK_SUBSCRIPTION.DESCRIPTION, Objects.requireNonNullElse(event.description(), ""))
                .set(WEBHOOK_SUBSCRIPTION.ENABLED, event.enabled())
                .set(WEBHOOK_SUBSCRIPTION.SEALED_SECRET, event.sealedSecret())
                .set(WEBHOOK_SUBSCRIPTION.CREATED_AT, event.createdAt())
                .set(WEBHOOK_SUBSCRIPTION.CHANGED_AT, event.createdAt())
                .set(WEBHOOK_SUBSCRIPTION.POSITION, position)
                .onConflict(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID).doNothing()
                .execute();
    }

    /**
     * Applies the settings. A subscription enabled again (after a pause or after the dispatcher disabled it), or sent
     * to a new URL, starts afresh: no longer disabled or failing, and a retry its first delivery waits for is due now.
     */
    void change(WebhookSubscriptionChanged event, long position) {
        UUID id = event.subscriptionId().value();
        WebhookSubscriptionRecord before = db.selectFrom(WEBHOOK_SUBSCRIPTION)
                .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(id), WEBHOOK_SUBSCRIPTION.POSITION.lt(position))
                .fetchOne();
        if (before == null) {
            return;
        }
        boolean afresh = event.enabled() && (!before.getEnabled() || before.getDisabledAt() != null
                || !before.getUrl().equals(event.url()));
        var update = db.update(WEBHOOK_SUBSCRIPTION)
                .set(WEBHOOK_SUBSCRIPTION.URL, event.url())
                .set(WEBHOOK_SUBSCRIPTION.EVENT_TYPES, event.eventTypes().toArray(String[]::new))
                .set(WEBHOOK_SUBSCRIPTION.DESCRIPTION, Objects.requireNonNullElse(event.description(), ""))
                .set(WEBHOOK_SUBSCRIPTION.ENABLED, event.enabled())
                .set(WEBHOOK_SUBSCRIPTION.CHANGED_AT, event.changedAt())
                .set(WEBHOOK_SUBSCRIPTION.POSITION, position);
        if (afresh) {
            update.setNull(WEBHOOK_SUBSCRIPTION.DISABLED_AT)
                    .setNull(WEBHOOK_SUBSCRIPTION.DISABLED_REASON)
                    .setNull(WEBHOOK_SUBSCRIPTION.FAILING_SINCE)
                    .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(id)).execute();
            db.update(WEBHOOK_DELIVERY)
                    .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, least(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, val(clock.instant())))
                    .where(WEBHOOK_DELIVERY.SUBSCRIPTION_ID.eq(id), WEBHOOK_DELIVERY.STATUS.eq(Deliveries.PENDING))
                    .execute();
            deliveryWakeup.signalAfterCommit();
        } else {
            update.where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(id)).execute();
        }
    }

    /** The new secret signs from now on; the one before it beside it until its validity runs out. */
    void rotate(WebhookSecretRotated event, long position) {
        db.update(WEBHOOK_SUBSCRIPTION)
                .set(WEBHOOK_SUBSCRIPTION.PREVIOUS_SEALED_SECRET, WEBHOOK_SUBSCRIPTION.SEALED_SECRET)
                .set(WEBHOOK_SUBSCRIPTION.PREVIOUS_SECRET_VALID_UNTIL, event.previousSecretValidUntil())
                .set(WEBHOOK_SUBSCRIPTION.SEALED_SECRET, event.sealedSecret())
                .set(WEBHOOK_SUBSCRIPTION.CHANGED_AT, event.rotatedAt())
                .set(WEBHOOK_SUBSCRIPTION.POSITION, position)
                .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(event.subscriptionId().value()),
                        WEBHOOK_SUBSCRIPTION.POSITION.lt(position))
                .execute();
    }

    /** Its deliveries, their attempts and its replays go with it (the foreign keys cascade). */
    void delete(UUID subscriptionId) {
        db.deleteFrom(WEBHOOK_SUBSCRIPTION).where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(subscriptionId)).execute();
    }
}
