package io.admitone.projections.webhook.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import static io.admitone.schema.jooq.Tables.WEBHOOK_DELIVERY;

/**
 * {@code admitone_webhook_attempts_total} by outcome ({@code delivered}, {@code failed}) and
 * {@code admitone_webhook_deliveries_pending}, counted when scraped.
 */
@Component
class WebhookMetrics {

    private final Counter delivered;
    private final Counter failed;

    WebhookMetrics(MeterRegistry registry, DSLContext db) {
        this.delivered = attempts(registry, "delivered");
        this.failed = attempts(registry, "failed");
        Gauge.builder("admitone.webhook.deliveries.pending",
                        () -> db.fetchCount(WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.STATUS.eq(Deliveries.PENDING)))
                .description("Webhook deliveries not delivered yet, over all subscriptions")
                .register(registry);
    }

    void attempted(Attempt attempt) {
        (attempt.delivered() ? delivered : failed).increment();
    }

    private static Counter attempts(MeterRegistry registry, String outcome) {
        return Counter.builder("admitone.webhook.attempts").tag("outcome", outcome)
                .description("Webhook delivery attempts").register(registry);
    }
}
