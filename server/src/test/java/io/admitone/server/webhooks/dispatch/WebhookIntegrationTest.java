package io.admitone.server.webhooks.dispatch;

import io.admitone.kernel.SecretSeal;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A server that sends webhooks to receivers on this machine, retries within seconds, disables a subscription that
 * failed for three seconds and looks for due deliveries ten times a second; the subclasses share it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.test.webtestclient.timeout=30s",
        "admitone.webhooks.allow-private-targets=true",
        "admitone.webhooks.first-retry-delay=PT0.2S",
        "admitone.webhooks.max-retry-delay=PT5S",
        "admitone.webhooks.timeout=PT2S",
        "admitone.webhooks.disable-after=PT3S",
        "admitone.webhooks.lease=PT2S",
        "admitone.webhooks.poll-interval=PT0.1S"})
@Import(WebhookTestConfiguration.class)
abstract class WebhookIntegrationTest extends ServerIntegrationTest {

    static final Duration SETTLED = Duration.ofSeconds(30);

    @Autowired
    EventStore events;

    @Autowired
    SecretSeal seal;

    @Autowired
    JdbcTemplate jdbc;

    Subscriptions subscriptions;

    @BeforeEach
    void subscriptions() {
        subscriptions = new Subscriptions(events, seal);
    }

    void occurred(Subscriptions.Subscription subscription, String type, int number) {
        subscriptions.publish(new Occurred(subscription.tenantId().value(), type, number));
    }

    /** The subscription's deliveries in queue order: kind, status, attempts, message id. */
    List<Map<String, Object>> deliveries(Subscriptions.Subscription subscription) {
        return jdbc.queryForList("""
                select delivery_id, kind, status, attempts, message_id, replay_id, redelivery_of, last_status
                from read.webhook_delivery where subscription_id = ? order by sequence""", subscription.id().value());
    }

    List<Map<String, Object>> attempts(UUID deliveryId) {
        return jdbc.queryForList("""
                select attempt, status_code, attempted_at, next_attempt_at, error, latency_ms
                from read.webhook_attempt where delivery_id = ? order by attempt""", deliveryId);
    }

    Map<String, Object> subscriptionRow(Subscriptions.Subscription subscription) {
        return jdbc.queryForMap("select * from read.webhook_subscription where subscription_id = ?",
                subscription.id().value());
    }
}
