package io.admitone.server.webhooks.dispatch;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class WebhookDeliveryTest extends WebhookIntegrationTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TokenStore tokens;

    @Autowired
    TransactionManager transactions;

    @Test
    void matchingEventsAreDeliveredInStreamOrderWithSignaturesTheOfficialLibraryVerifies() throws Exception {
        try (Receiver receiver = new Receiver()) {
            var subscription = subscriptions.create(receiver.url(), "order.*");
            occurred(subscription, "order.placed", 1);
            occurred(subscription, "event.created", 2);
            subscriptions.publish(new Occurred(UUID.randomUUID(), "order.placed", 3));
            occurred(subscription, "order.confirmed", 4);
            occurred(subscription, "order.refunded", 5);

            await().atMost(SETTLED).until(() -> receiver.requests().size() >= 3);

            assertThat(receiver.numbers()).containsExactly(1, 4, 5);
            for (Receiver.Request request : receiver.requests()) {
                new Webhook(subscription.secret()).verify(request.body(), request.headers());
                assertThat(request.header("admitone-delivery-kind")).isEqualTo("live");
                assertThat(request.header("user-agent")).isEqualTo("AdmitOne-Webhooks/1");
                assertThat(request.body()).contains("\"id\":\"" + request.header("webhook-id") + "\"");
            }
            await().atMost(SETTLED).untilAsserted(() -> assertThat(deliveries(subscription))
                    .extracting(row -> row.get("status")).containsExactly("delivered", "delivered", "delivered"));
            Map<String, Object> first = deliveries(subscription).getFirst();
            assertThat(first.get("delivery_id").toString()).isEqualTo(receiver.requests().getFirst()
                    .header("admitone-delivery-id"));
            assertThat(attempts((UUID) first.get("delivery_id"))).singleElement()
                    .satisfies(attempt -> {
                        assertThat(attempt.get("status_code")).isEqualTo(200);
                        assertThat(attempt.get("next_attempt_at")).isNull();
                    });
            http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                    .expectBody(String.class).value(metrics -> assertThat(metrics)
                            .containsPattern("admitone_webhook_attempts_total\\{[^}]*outcome=\"delivered\"} [1-9]")
                            .contains("admitone_webhook_deliveries_pending"));
        }
    }

    @Test
    void aReceiverThatFailsThreeTimesThenRecoversGetsEveryEventInOrderWithTheSameWebhookId() {
        try (Receiver receiver = new Receiver(Receiver.Answer.status(500), Receiver.Answer.status(502),
                Receiver.Answer.status(500))) {
            var subscription = subscriptions.create(receiver.url(), "*");
            occurred(subscription, "order.placed", 1);
            occurred(subscription, "order.confirmed", 2);
            occurred(subscription, "ticket.checked_in", 3);

            await().atMost(SETTLED).until(() -> receiver.requests().size() >= 6);

            assertThat(receiver.numbers()).containsExactly(1, 1, 1, 1, 2, 3);
            assertThat(receiver.requests().subList(0, 4)).extracting(request -> request.header("webhook-id"))
                    .containsOnly(receiver.requests().getFirst().header("webhook-id"));
            UUID first = (UUID) deliveries(subscription).getFirst().get("delivery_id");
            await().atMost(SETTLED).untilAsserted(() -> assertThat(attempts(first))
                    .extracting(attempt -> attempt.get("status_code")).containsExactly(500, 502, 500, 200));
            List<Map<String, Object>> attempts = attempts(first);
            assertThat(attempts.subList(0, 3)).allSatisfy(attempt -> assertThat(
                    ((Timestamp) attempt.get("next_attempt_at")).toInstant())
                    .isAfter(((Timestamp) attempt.get("attempted_at")).toInstant()));
            await().atMost(SETTLED).untilAsserted(() -> assertThat(subscriptionRow(subscription).get("failing_since"))
                    .isNull());
        }
    }

    @Test
    void aTooManyRequestsAnswerIsRetriedWhenItsRetryAfterSays() {
        try (Receiver receiver = new Receiver(new Receiver.Answer(429, Map.of("Retry-After", "2")))) {
            var subscription = subscriptions.create(receiver.url(), "order.placed");
            occurred(subscription, "order.placed", 1);

            await().atMost(SETTLED).until(() -> receiver.requests().size() >= 2);

            Duration waited = Duration.ofNanos(receiver.requests().get(1).arrivedNanos()
                    - receiver.requests().get(0).arrivedNanos());
            assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
            Map<String, Object> refused = attempts((UUID) deliveries(subscription).getFirst().get("delivery_id"))
                    .getFirst();
            assertThat(Duration.between(((Timestamp) refused.get("attempted_at")).toInstant(),
                    ((Timestamp) refused.get("next_attempt_at")).toInstant())).isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void aGoneReceiverDisablesItsSubscriptionAndTellsTheOrganisationUntilStaffEnableItAgain() {
        try (Receiver receiver = new Receiver(Receiver.Answer.status(410))) {
            var subscription = subscriptions.create(receiver.url(), "order.*");
            occurred(subscription, "order.placed", 1);
            occurred(subscription, "order.placed", 2);

            await().atMost(SETTLED).untilAsserted(() -> assertThat(notifications(subscription)).hasSize(1));
            Map<String, Object> row = subscriptionRow(subscription);
            assertThat(row.get("disabled_at")).isNotNull();
            assertThat(row.get("disabled_reason")).isEqualTo("the receiver answered 410 Gone");
            Map<String, Object> notification = notifications(subscription).getFirst();
            assertThat(notification.get("kind")).isEqualTo("webhook-subscription-disabled");
            assertThat((String) notification.get("message")).contains(receiver.url()).contains("410 Gone");
            await().during(Duration.ofSeconds(1)).atMost(SETTLED).until(() -> receiver.requests().size() == 1);

            subscriptions.enable(subscription);

            await().atMost(SETTLED).until(() -> receiver.requests().size() >= 3);
            assertThat(receiver.numbers()).containsExactly(1, 1, 2);
            assertThat(subscriptionRow(subscription).get("disabled_at")).isNull();
        }
    }

    @Test
    void anEventTheProcessorHandlesAgainQueuesNoSecondDelivery() {
        try (Receiver receiver = new Receiver()) {
            var subscription = subscriptions.create(receiver.url(), "order.placed");
            occurred(subscription, "order.placed", 1);
            await().atMost(SETTLED).until(() -> receiver.requests().size() == 1);
            long position = jdbc.queryForObject("select position from read.webhook_message where message_id = ?::uuid",
                    Long.class, receiver.requests().getFirst().header("webhook-id"));

            StreamingEventProcessor webhooks = processing.eventProcessor("webhooks", StreamingEventProcessor.class)
                    .orElseThrow();
            webhooks.shutDown();
            transactions.executeInTransaction(() -> tokens.storeToken(
                    GapAwareTrackingToken.newInstance(position - 1, List.of()), "webhooks", 0));
            webhooks.start();

            await().atMost(SETTLED).until(() -> webhooks.processingStatus().get(0) != null
                    && webhooks.processingStatus().get(0).getCurrentPosition().orElse(0) >= position);
            await().during(Duration.ofSeconds(1)).atMost(SETTLED).until(() -> receiver.requests().size() == 1);
            assertThat(deliveries(subscription)).hasSize(1);
        }
    }

    @Test
    void aSubscriptionFailingForLongerThanTheLimitIsDisabledAndItsOrganisationTold() {
        Receiver.Answer[] failures = new Receiver.Answer[100];
        Arrays.fill(failures, Receiver.Answer.status(500));
        try (Receiver receiver = new Receiver(failures)) {
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
            int attempts = receiver.requests().size();
            assertThat(attempts).isGreaterThan(1);
            await().during(Duration.ofSeconds(1)).atMost(SETTLED).until(() -> receiver.requests().size() == attempts);
        }
    }

    @Test
    void whileARotatedOutSecretIsInItsGracePeriodBothSecretsSign() throws Exception {
        try (Receiver receiver = new Receiver()) {
            var before = subscriptions.create(receiver.url(), "order.placed");
            var after = subscriptions.rotate(before, Duration.ofHours(1));
            occurred(before, "order.placed", 1);

            await().atMost(SETTLED).until(() -> receiver.requests().size() == 1);

            Receiver.Request request = receiver.requests().getFirst();
            assertThat(request.header("webhook-signature").split(" ")).hasSize(2);
            new Webhook(before.secret()).verify(request.body(), request.headers());
            new Webhook(after.secret()).verify(request.body(), request.headers());
        }
    }

    @Test
    void aRotationWithoutGracePeriodSignsWithTheNewSecretOnly() throws Exception {
        try (Receiver receiver = new Receiver()) {
            var before = subscriptions.create(receiver.url(), "order.placed");
            var after = subscriptions.rotate(before, Duration.ZERO);
            occurred(before, "order.placed", 1);

            await().atMost(SETTLED).until(() -> receiver.requests().size() == 1);

            Receiver.Request request = receiver.requests().getFirst();
            new Webhook(after.secret()).verify(request.body(), request.headers());
            assertThatThrownBy(() -> new Webhook(before.secret()).verify(request.body(), request.headers()))
                    .isInstanceOf(WebhookVerificationException.class);
        }
    }

    private List<Map<String, Object>> notifications(Subscriptions.Subscription subscription) {
        return jdbc.queryForList("select * from read.organisation_notification where subject_id = ?",
                subscription.id().value());
    }
}
