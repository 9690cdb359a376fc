package io.admitone.projections.webhook.delivery;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

import static io.admitone.schema.jooq.Tables.WEBHOOK_ATTEMPT;
import static io.admitone.schema.jooq.Tables.WEBHOOK_DELIVERY;
import static io.admitone.schema.jooq.Tables.WEBHOOK_SUBSCRIPTION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.val;

/**
 * Records an attempt and what follows from it, in one transaction: the attempt in the log; the delivery delivered,
 * or its next attempt scheduled; the subscription failing since its first failure, or no longer failing; and the
 * subscription disabled when the receiver answered 410 or has failed for longer than {@code disable-after}.
 */
@Component
class AttemptLog {

    private final DSLContext db;
    private final TransactionTemplate transactions;
    private final RetrySchedule schedule;
    private final SubscriptionDisabling disabling;
    private final WebhookDispatchProperties properties;
    private final WebhookMetrics metrics;

    AttemptLog(DSLContext db, PlatformTransactionManager transactions, SubscriptionDisabling disabling,
               WebhookDispatchProperties properties, WebhookMetrics metrics) {
        this.db = db;
        this.transactions = new TransactionTemplate(transactions);
        this.schedule = new RetrySchedule(properties.firstRetryDelay(), properties.maxRetryDelay(),
                RandomGenerator.getDefault());
        this.disabling = disabling;
        this.properties = properties;
        this.metrics = metrics;
    }

    /**
     * Whether the delivery is now delivered. False too when another instance recorded this attempt number first (a
     * lease that ran out during the attempt): this attempt is then not logged twice.
     */
    boolean record(PendingDelivery delivery, Attempt attempt) {
        int number = delivery.attempts() + 1;
        Instant next = attempt.delivered() ? null
                : attempt.attemptedAt().plus(schedule.after(number, attempt.retryAfter()));
        boolean recorded = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!updateDelivery(delivery, attempt, next)) {
                return false;
            }
            insertAttempt(delivery, attempt, number, next);
            updateSubscription(delivery, attempt);
            return true;
        }));
        if (recorded) {
            metrics.attempted(attempt);
        }
        return recorded && attempt.delivered();
    }

    private boolean updateDelivery(PendingDelivery delivery, Attempt attempt, Instant next) {
        return db.update(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.ATTEMPTS, delivery.attempts() + 1)
                .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, next)
                .set(WEBHOOK_DELIVERY.LAST_STATUS, attempt.statusCode())
                .set(WEBHOOK_DELIVERY.STATUS, attempt.delivered() ? Deliveries.DELIVERED : Deliveries.PENDING)
                .set(WEBHOOK_DELIVERY.DELIVERED_AT, attempt.delivered() ? attempt.attemptedAt() : null)
                .where(WEBHOOK_DELIVERY.DELIVERY_ID.eq(delivery.deliveryId()),
                        WEBHOOK_DELIVERY.STATUS.eq(Deliveries.PENDING),
                        WEBHOOK_DELIVERY.ATTEMPTS.eq(delivery.attempts()))
                .execute() == 1;
    }

    private void insertAttempt(PendingDelivery delivery, Attempt attempt, int number, Instant next) {
        db.insertInto(WEBHOOK_ATTEMPT)
                .set(WEBHOOK_ATTEMPT.DELIVERY_ID, delivery.deliveryId())
                .set(WEBHOOK_ATTEMPT.ATTEMPT, number)
                .set(WEBHOOK_ATTEMPT.TENANT_ID, delivery.tenantId())
                .set(WEBHOOK_ATTEMPT.ATTEMPTED_AT, attempt.attemptedAt())
                .set(WEBHOOK_ATTEMPT.STATUS_CODE, attempt.statusCode())
                .set(WEBHOOK_ATTEMPT.LATENCY_MS, (int) Math.min(Integer.MAX_VALUE, attempt.latencyMs()))
                .set(WEBHOOK_ATTEMPT.RESPONSE_EXCERPT, attempt.responseExcerpt())
                .set(WEBHOOK_ATTEMPT.ERROR, attempt.error())
                .set(WEBHOOK_ATTEMPT.NEXT_ATTEMPT_AT, next)
                .execute();
    }

    private void updateSubscription(PendingDelivery delivery, Attempt attempt) {
        if (attempt.delivered()) {
            if (delivery.failingSince() != null) {
                db.update(WEBHOOK_SUBSCRIPTION).setNull(WEBHOOK_SUBSCRIPTION.FAILING_SINCE)
                        .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(delivery.subscriptionId()))
                        .execute();
            }
            return;
        }
        db.update(WEBHOOK_SUBSCRIPTION)
                .set(WEBHOOK_SUBSCRIPTION.FAILING_SINCE,
                        coalesce(WEBHOOK_SUBSCRIPTION.FAILING_SINCE, val(attempt.attemptedAt())))
                .where(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(delivery.subscriptionId()))
                .execute();
        Instant failingSince = delivery.failingSince();
        if (attempt.gone()) {
            disabling.disable(delivery, "the receiver answered 410 Gone", attempt.attemptedAt());
        } else if (failingSince != null
                && !failingSince.plus(properties.disableAfter()).isAfter(attempt.attemptedAt())) {
            disabling.disable(delivery, "every attempt has failed since " + failingSince + ", for more than "
                    + describe(properties.disableAfter()), attempt.attemptedAt());
        }
    }

    /** "3 days", "12 hours", or the ISO form of a finer duration. */
    private static String describe(Duration duration) {
        if (duration.equals(Duration.ofDays(duration.toDays()))) {
            return duration.toDays() + " days";
        }
        return duration.equals(Duration.ofHours(duration.toHours())) ? duration.toHours() + " hours"
                : duration.toString();
    }
}
