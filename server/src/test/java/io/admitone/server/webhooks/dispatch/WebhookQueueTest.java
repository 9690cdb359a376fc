package io.admitone.server.webhooks.dispatch;

import io.admitone.kernel.webhook.WebhookRedeliveryRequested;
import io.admitone.kernel.webhook.WebhookSubscriptionDeleted;
import io.admitone.server.webhooks.WebhookReceiver;
import io.admitone.server.webhooks.WebhookReceiver.Answer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the end-to-end tests cannot cause through the API: an event handled twice, days of failures in seconds, a
 * redelivery request naming another subscription's delivery, and a queue dropped with its subscription.
 */
class WebhookQueueTest extends WebhookIntegrationTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TokenStore tokens;

    @Autowired
    TransactionManager transactions;

    @Test
    void anEventTheProcessorHandlesAgainQueuesNoSecondDelivery() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            var subscription = subscriptions.create(receiver.url(), "order.placed");
            occurred(subscription, "order.placed", 1);
            await().atMost(SETTLED).until(() -> receiver.received().size() == 1);
            long position = jdbc.queryForObject("select position from read.webhook_message where message_id = ?::uuid",
                    Long.class, receiver.received().getFirst().header("webhook-id"));

            StreamingEventProcessor webhooks = processing.eventProcessor("webhooks", StreamingEventProcessor.class)
                    .orElseThrow();
            webhooks.shutDown();
            transactions.executeInTransaction(() -> tokens.storeToken(
                    GapAwareTrackingToken.newInstance(position - 1, List.of()), "webhooks", 0));
            webhooks.start();

            await().atMost(SETTLED).until(() -> webhooks.processingStatus().get(0) != null
                    && webhooks.processingStatus().get(0).getCurrentPosition().orElse(0) >= position);
            await().during(Duration.ofSeconds(1)).atMost(SETTLED).until(() -> receiver.received().size() == 1);
            assertThat(deliveries(subscription)).hasSize(1);
        }
    }

    @Test
    void aSubscriptionFailingForLongerThanTheLimitIsDisabledAndItsOrganisationTold() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answerNext(500, 100);
            var subscription = subscriptions.create(receiver.url(), "order.placed");
            occurred(subscription, "order.placed", 1);

            await().atMost(SETTLED).untilAsserted(() -> assertThat(notifications(subscription)).hasSize(1));

            Map<String, Object> row = subscriptionRow(subscription);
            Timestamp failingSince = (Timestamp) row.get("failing_since");
            assertThat((String) row.get("disabled_reason"))
                    .isEqualTo("every attempt has failed since " + failingSince.toInstant() + ", for more than PT3S");
            assertThat(((Timestamp) row.get("disabled_at")).toInstant())
                    .isAfterOrEqualTo(failingSince.toInstant().plusSeconds(3));
            assertThat((String) notifications(subscription).getFirst().get("message")).contains(receiver.url());
            int attempts = receiver.received().size();
            assertThat(attempts).isGreaterThan(1);
            await().during(Duration.ofSeconds(1)).atMost(SETTLED).until(() -> receiver.received().size() == attempts);
        }
    }

    @Test
    void aRedeliverySendsOneDeliveryAgainAtTheEndOfTheQueueAndOnlyForItsOwnSubscription() {
        try (WebhookReceiver receiver = WebhookReceiver.start(); WebhookReceiver other = WebhookReceiver.start()) {
            var subscription = subscriptions.create(receiver.url(), "order.placed");
            var stranger = subscriptions.create(other.url(), "order.placed");
            occurred(subscription, "order.placed", 1);
            occurred(subscription, "order.placed", 2);
            await().atMost(SETTLED).until(() -> receiver.received().size() == 2);
            UUID first = (UUID) deliveries(subscription).getFirst().get("delivery_id");
            UUID redelivery = UUID.randomUUID();

            subscriptions.publish(new WebhookRedeliveryRequested(stranger.id(), stranger.tenantId(), first,
                    UUID.randomUUID(), Instant.now()));
            subscriptions.publish(new WebhookRedeliveryRequested(subscription.id(), subscription.tenantId(), first,
                    redelivery, Instant.now()));

            await().atMost(SETTLED).until(() -> receiver.received().size() == 3);
            WebhookReceiver.Received again = receiver.received().get(2);
            assertThat(Occurred.numbers(receiver.accepted())).containsExactly(1, 2, 1);
            assertThat(again.header("webhook-id")).isEqualTo(receiver.received().getFirst().header("webhook-id"));
            assertThat(again.header("admitone-delivery-id")).isEqualTo(redelivery.toString());
            assertThat(again.header("admitone-delivery-kind")).isEqualTo("redelivery");
            assertThat(deliveries(subscription).getLast().get("redelivery_of")).isEqualTo(first);
            assertThat(deliveries(stranger)).isEmpty();
            assertThat(other.received()).isEmpty();
        }
    }

    @Test
    void aDeletedSubscriptionTakesItsQueueAndLogWithIt() {
        try (WebhookReceiver receiver = WebhookReceiver.start(Answer.status(500))) {
            var subscription = subscriptions.create(receiver.url(), "order.placed");
            occurred(subscription, "order.placed", 1);
            await().atMost(SETTLED).until(() -> receiver.received().size() >= 1);

            subscriptions.publish(new WebhookSubscriptionDeleted(subscription.id(), subscription.tenantId(),
                    Instant.now()));

            await().atMost(SETTLED).untilAsserted(() -> {
                assertThat(jdbc.queryForObject("select count(*) from read.webhook_subscription where subscription_id = ?",
                        Long.class, subscription.id().value())).isZero();
                assertThat(deliveries(subscription)).isEmpty();
            });
            int sent = receiver.received().size();
            await().during(Duration.ofSeconds(1)).atMost(SETTLED).until(() -> receiver.received().size() == sent);
        }
    }

    private List<Map<String, Object>> notifications(Subscriptions.Subscription subscription) {
        return jdbc.queryForList("select * from read.organisation_notification where subject_id = ?",
                subscription.id().value());
    }
}
