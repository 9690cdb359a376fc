package io.admitone.server.webhooks.dispatch;

import io.admitone.kernel.webhook.WebhookRedeliveryRequested;
import io.admitone.kernel.webhook.WebhookReplayRequested;
import io.admitone.kernel.webhook.WebhookSubscriptionDeleted;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WebhookReplayTest extends WebhookIntegrationTest {

    @Test
    void aReplayFromAPositionSendsTheSubscriptionsEventsAgainInOrderMarkedAsReplays() {
        try (Receiver receiver = new Receiver()) {
            var subscription = subscriptions.create(receiver.url(), "order.*");
            occurred(subscription, "order.placed", 1);
            occurred(subscription, "venue.created", 2);
            occurred(subscription, "order.confirmed", 3);
            occurred(subscription, "order.refunded", 4);
            await().atMost(SETTLED).until(() -> receiver.requests().size() == 3);
            List<String> webhookIds = receiver.requests().stream().map(request -> request.header("webhook-id")).toList();
            UUID replayId = UUID.randomUUID();

            subscriptions.publish(new WebhookReplayRequested(subscription.id(), subscription.tenantId(), replayId,
                    positionOf(webhookIds.getFirst()), null, Instant.now()));

            await().atMost(SETTLED).until(() -> receiver.requests().size() == 6);
            List<Receiver.Request> replayed = receiver.requests().subList(3, 6);
            assertThat(receiver.numbers().subList(3, 6)).containsExactly(1, 3, 4);
            assertThat(replayed).extracting(request -> request.header("webhook-id")).isEqualTo(webhookIds);
            assertThat(replayed).extracting(request -> request.header("admitone-delivery-kind")).containsOnly("replay");
            assertThat(deliveries(subscription).subList(3, 6)).extracting(row -> row.get("replay_id"))
                    .containsOnly(replayId);
            await().atMost(SETTLED).untilAsserted(() -> {
                Map<String, Object> replay = replay(replayId);
                assertThat(replay.get("finished_at")).isNotNull();
                assertThat(replay.get("enqueued")).isEqualTo(3);
                assertThat((Long) replay.get("next_position")).isEqualTo((Long) replay.get("up_to_position"));
            });
        }
    }

    @Test
    void aReplayFromAnInstantStartsWithTheFirstEventStoredAtOrAfterIt() {
        try (Receiver receiver = new Receiver()) {
            var subscription = subscriptions.create(receiver.url(), "order.placed");
            occurred(subscription, "order.placed", 1);
            // the store keeps milliseconds: the second event must not share the first one's
            await().atMost(SETTLED).until(() -> receiver.requests().size() == 1);
            occurred(subscription, "order.placed", 2);
            occurred(subscription, "order.placed", 3);
            await().atMost(SETTLED).until(() -> receiver.requests().size() == 3);
            Instant second = jdbc.queryForObject(
                    "select occurred_at from read.webhook_message where message_id = ?::uuid", Timestamp.class,
                    receiver.requests().get(1).header("webhook-id")).toInstant();
            UUID replayId = UUID.randomUUID();

            subscriptions.publish(new WebhookReplayRequested(subscription.id(), subscription.tenantId(), replayId,
                    null, second, Instant.now()));

            await().atMost(SETTLED).until(() -> receiver.requests().size() == 5);
            assertThat(receiver.numbers()).containsExactly(1, 2, 3, 2, 3);
            assertThat(replay(replayId).get("from_position")).isEqualTo(positionOf(receiver.requests().get(1)
                    .header("webhook-id")));
        }
    }

    @Test
    void aRedeliverySendsOneDeliveryAgainAtTheEndOfTheQueueAndOnlyForItsOwnSubscription() {
        try (Receiver receiver = new Receiver(); Receiver other = new Receiver()) {
            var subscription = subscriptions.create(receiver.url(), "order.placed");
            var stranger = subscriptions.create(other.url(), "order.placed");
            occurred(subscription, "order.placed", 1);
            occurred(subscription, "order.placed", 2);
            await().atMost(SETTLED).until(() -> receiver.requests().size() == 2);
            UUID first = (UUID) deliveries(subscription).getFirst().get("delivery_id");
            UUID redelivery = UUID.randomUUID();

            subscriptions.publish(new WebhookRedeliveryRequested(stranger.id(), stranger.tenantId(), first,
                    UUID.randomUUID(), Instant.now()));
            subscriptions.publish(new WebhookRedeliveryRequested(subscription.id(), subscription.tenantId(), first,
                    redelivery, Instant.now()));

            await().atMost(SETTLED).until(() -> receiver.requests().size() == 3);
            Receiver.Request again = receiver.requests().get(2);
            assertThat(receiver.numbers()).containsExactly(1, 2, 1);
            assertThat(again.header("webhook-id")).isEqualTo(receiver.requests().getFirst().header("webhook-id"));
            assertThat(again.header("admitone-delivery-id")).isEqualTo(redelivery.toString());
            assertThat(again.header("admitone-delivery-kind")).isEqualTo("redelivery");
            assertThat(deliveries(subscription).getLast().get("redelivery_of")).isEqualTo(first);
            assertThat(deliveries(stranger)).isEmpty();
            assertThat(other.requests()).isEmpty();
        }
    }

    @Test
    void aDeletedSubscriptionTakesItsQueueAndLogWithIt() {
        try (Receiver receiver = new Receiver(Receiver.Answer.status(500))) {
            var subscription = subscriptions.create(receiver.url(), "order.placed");
            occurred(subscription, "order.placed", 1);
            await().atMost(SETTLED).until(() -> receiver.requests().size() >= 1);

            subscriptions.publish(new WebhookSubscriptionDeleted(subscription.id(), subscription.tenantId(),
                    Instant.now()));

            await().atMost(SETTLED).untilAsserted(() -> {
                assertThat(jdbc.queryForObject("select count(*) from read.webhook_subscription where subscription_id = ?",
                        Long.class, subscription.id().value())).isZero();
                assertThat(deliveries(subscription)).isEmpty();
            });
            int sent = receiver.requests().size();
            await().during(Duration.ofSeconds(1)).atMost(SETTLED).until(() -> receiver.requests().size() == sent);
        }
    }

    private long positionOf(String messageId) {
        return jdbc.queryForObject("select position from read.webhook_message where message_id = ?::uuid", Long.class,
                messageId);
    }

    private Map<String, Object> replay(UUID replayId) {
        return jdbc.queryForMap("select * from read.webhook_replay where replay_id = ?", replayId);
    }
}
