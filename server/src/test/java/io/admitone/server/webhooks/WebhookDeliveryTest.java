package io.admitone.server.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.webhooks.WebhookReceiver.Answer;
import io.admitone.server.webhooks.WebhookReceiver.Received;
import io.admitone.server.webhooks.WebhookRequests.Subscription;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks end to end: events caused through the API reach a real local receiver, signed so that the official
 * Standard Webhooks library verifies them, in order, retried until the receiver takes them, and again on request.
 */
@TestPropertySource(properties = {
        "admitone.webhooks.allow-private-targets=true",
        "admitone.webhooks.first-retry-delay=PT0.2S",
        "admitone.webhooks.max-retry-delay=PT5S",
        "admitone.webhooks.poll-interval=PT0.1S",
        "admitone.webhooks.lease=PT5S"})
class WebhookDeliveryTest extends ServerIntegrationTest {

    private static final Duration DELIVERED = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void deliveriesCarrySignaturesThatTheOfficialStandardWebhooksLibraryVerifies() throws Exception {
        WebhookRequests hooks = integrator();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Subscription subscription = hooks.subscribe(receiver.url(), List.of("venue.created", "event.*"));
            hooks.createEvent("Signed");

            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 2);
            Webhook webhook = new Webhook(subscription.secret());
            for (Received delivery : receiver.accepted()) {
                assertThatCode(() -> webhook.verify(delivery.body(), delivery.headers())).doesNotThrowAnyException();
                assertThatThrownBy(() -> webhook.verify(delivery.body() + " ", delivery.headers()))
                        .isInstanceOf(WebhookVerificationException.class);
                JsonNode envelope = JSON.readTree(delivery.body());
                assertThat(envelope.get("id").asString()).isEqualTo(delivery.header("webhook-id"));
                assertThat(envelope.get("tenantId").asString()).isEqualTo(hooks.org());
                assertThat(envelope.get("version").asInt()).isEqualTo(1);
                assertThat(delivery.header("admitone-delivery-kind")).isEqualTo("live");
            }
            assertThat(types(receiver.accepted())).containsExactly("venue.created", "event.created");
        }
    }

    @Test
    void aReceiverThatFailsFirstGetsEveryEventInOrderWithTheSameWebhookId() {
        WebhookRequests hooks = integrator();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answerNext(500, 3);
            Subscription subscription = hooks.subscribe(receiver.url(), List.of("event.*"));
            String event = hooks.createEvent("Take 0");
            for (int take = 1; take <= 4; take++) {
                hooks.retitle(event, "Take " + take);
            }

            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 5);
            List<Received> all = receiver.received();
            assertThat(all.subList(0, 4)).extracting(r -> r.header("webhook-id")).containsOnly(all.get(0).header("webhook-id"));
            assertThat(all.subList(0, 3)).extracting(Received::status).containsOnly(500);
            assertInStreamOrderOnce(receiver.accepted());
            assertThat(types(receiver.accepted())).containsExactly("event.created", "event.updated", "event.updated",
                    "event.updated", "event.updated");
            JsonNode first = hooks.deliveries(subscription.id()).get(4);
            JsonNode log = hooks.delivery(subscription.id(), first.get("id").asString()).get("attemptLog");
            assertThat(log).extracting(attempt -> attempt.get("statusCode").asInt()).containsExactly(500, 500, 500, 204);
        }
    }

    @Test
    void aReceiverThatIsDownForAWhileLosesNothing() {
        WebhookRequests hooks = integrator();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.down();
            Subscription subscription = hooks.subscribe(receiver.url(), List.of("event.*"));
            String event = hooks.createEvent("Down 0");
            for (int take = 1; take <= 3; take++) {
                hooks.retitle(event, "Down " + take);
            }
            await().atMost(DELIVERED).ignoreExceptions()
                    .until(() -> hooks.deliveries(subscription.id()).get(3).get("attempts").asInt() >= 2);

            receiver.up();

            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 4);
            assertInStreamOrderOnce(receiver.accepted());
            JsonNode oldest = hooks.deliveries(subscription.id()).get(3);
            JsonNode log = hooks.delivery(subscription.id(), oldest.get("id").asString()).get("attemptLog");
            assertThat(log.get(0).get("statusCode").isNull()).isTrue();
            assertThat(log.get(0).get("error").asString()).isNotBlank();
            assertThat(log.get(0).get("nextAttemptAt").isNull()).isFalse();
        }
    }

    @Test
    void aGoneReceiverDisablesTheSubscriptionTellsTheOrganisationAndResumesWhenEnabledAgain() {
        WebhookRequests hooks = integrator();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answerNext(410, 1);
            Subscription subscription = hooks.subscribe(receiver.url(), List.of("event.*"));
            hooks.createEvent("Gone");

            await().atMost(DELIVERED).until(() -> hooks.subscription(subscription.id()).get("status").asString()
                    .equals("disabled"));
            assertThat(hooks.subscription(subscription.id()).get("disabledReason").asString()).contains("410");
            JsonNode notifications = hooks.staff().get().uri("/api/v1/orgs/{org}/notifications", hooks.org())
                    .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(notifications.get("items")).anySatisfy(notification -> {
                assertThat(notification.get("kind").asString()).isEqualTo("webhook-subscription-disabled");
                assertThat(notification.get("subjectId").asString()).isEqualTo(subscription.id());
            });
            assertThat(receiver.received()).hasSize(1);

            hooks.enable(subscription.id());

            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 1);
            assertThat(receiver.accepted().getFirst().header("webhook-id"))
                    .isEqualTo(receiver.received().getFirst().header("webhook-id"));
            assertThat(hooks.subscription(subscription.id()).get("status").asString()).isEqualTo("active");
        }
    }

    @Test
    void aReceiverAskingForTimeIsNotCalledAgainBeforeItsRetryAfter() {
        WebhookRequests hooks = integrator();
        try (WebhookReceiver receiver = WebhookReceiver.start(new Answer(429, Map.of("Retry-After", "2")))) {
            hooks.subscribe(receiver.url(), List.of("event.*"));
            hooks.createEvent("Later");

            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 1);
            List<Received> all = receiver.received();
            assertThat(all).hasSize(2);
            assertThat(all.get(1).at()).isAfterOrEqualTo(all.get(0).at().plusSeconds(2));
        }
    }

    @Test
    void aRotatedOutSecretSignsBesideTheNewOneForItsGracePeriodOnly() {
        WebhookRequests hooks = integrator();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Subscription subscription = hooks.subscribe(receiver.url(), List.of("event.*"));
            String rotated = rotate(hooks, subscription.id(), "PT1H");
            String event = hooks.createEvent("Rotated");
            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 1);
            Received both = receiver.accepted().getFirst();
            assertThat(both.header("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
            assertVerifies(rotated, both, true);
            assertVerifies(subscription.secret(), both, true);

            String latest = rotate(hooks, subscription.id(), "PT0S");
            hooks.retitle(event, "Rotated again");
            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 2);
            Received one = receiver.accepted().get(1);
            assertVerifies(latest, one, true);
            assertVerifies(rotated, one, false);
        }
    }

    @Test
    void aReplayResendsTheMatchingEventsFromAPositionOrAnInstantInOrderMarkedAsReplays() throws Exception {
        WebhookRequests hooks = integrator();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Instant before = Instant.now();
            Subscription subscription = hooks.subscribe(receiver.url(), List.of("event.*"));
            String event = hooks.createEvent("Replayed 0");
            hooks.retitle(event, "Replayed 1");
            hooks.retitle(event, "Replayed 2");
            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 3);
            List<Received> live = receiver.accepted();
            long second = JSON.readTree(live.get(1).body()).get("position").asLong();

            replay(hooks, subscription.id(), Map.of("fromPosition", second));
            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 5);
            replay(hooks, subscription.id(), Map.of("from", before.toString()));
            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 8);

            List<Received> replayed = receiver.accepted().subList(3, 8);
            assertThat(replayed).extracting(r -> r.header("admitone-delivery-kind")).containsOnly("replay");
            assertThat(replayed).extracting(r -> r.header("webhook-id")).containsExactly(
                    id(live.get(1)), id(live.get(2)), id(live.get(0)), id(live.get(1)), id(live.get(2)));
            assertThat(replayed).extracting(Received::body).containsExactly(live.get(1).body(), live.get(2).body(),
                    live.get(0).body(), live.get(1).body(), live.get(2).body());
        }
    }

    @Test
    void aRedeliverySendsOneDeliveryAgainAtTheEndOfTheQueue() {
        WebhookRequests hooks = integrator();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Subscription subscription = hooks.subscribe(receiver.url(), List.of("event.*"));
            hooks.createEvent("Again");
            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 1);
            String original = hooks.deliveries(subscription.id()).get(0).get("id").asString();

            JsonNode accepted = hooks.staff().post().uri("/api/v1/orgs/{org}/webhooks/{id}/deliveries/{delivery}/redeliver",
                            hooks.org(), subscription.id(), original)
                    .exchange().expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();

            await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 2);
            Received again = receiver.accepted().get(1);
            assertThat(again.header("admitone-delivery-kind")).isEqualTo("redelivery");
            assertThat(id(again)).isEqualTo(id(receiver.accepted().getFirst()));
            assertThat(again.header("admitone-delivery-id")).isEqualTo(accepted.get("id").asString());
            await().atMost(DELIVERED).untilAsserted(() -> {
                JsonNode newest = hooks.deliveries(subscription.id()).get(0);
                assertThat(newest.get("redeliveryOf").asString()).isEqualTo(original);
                assertThat(newest.get("status").asString()).isEqualTo("delivered");
            });
        }
    }

    @Test
    void anotherOrganisationNeitherSeesNorChangesASubscription() {
        WebhookRequests hooks = integrator();
        String other = createOrganisation("other-hooks");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Subscription subscription = hooks.subscribe(receiver.url(), List.of("event.*"));
            var stranger = member(other, StaffRole.INTEGRATOR);

            stranger.get().uri("/api/v1/orgs/{org}/webhooks/{id}", other, subscription.id())
                    .exchange().expectStatus().isNotFound();
            stranger.get().uri("/api/v1/orgs/{org}/webhooks/{id}/deliveries", other, subscription.id())
                    .exchange().expectStatus().isNotFound();
            stranger.patch().uri("/api/v1/orgs/{org}/webhooks/{id}", other, subscription.id())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("enabled", false))
                    .exchange().expectStatus().isNotFound();
            stranger.get().uri("/api/v1/orgs/{org}/webhooks/{id}", hooks.org(), subscription.id())
                    .exchange().expectStatus().isNotFound();
            member(hooks.org(), StaffRole.BOX_OFFICE).get().uri("/api/v1/orgs/{org}/webhooks", hooks.org())
                    .exchange().expectStatus().isForbidden();
        }
    }

    /** An organisation's integrator, and its event manager to cause events with. */
    private WebhookRequests integrator() {
        String org = createOrganisation("hooks");
        return new WebhookRequests(member(org, StaffRole.INTEGRATOR), member(org, StaffRole.EVENT_MANAGER), org);
    }

    private static String rotate(WebhookRequests hooks, String subscription, String gracePeriod) {
        return hooks.staff().post().uri("/api/v1/orgs/{org}/webhooks/{id}/rotate-secret", hooks.org(), subscription)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("gracePeriod", gracePeriod))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("secret").asString();
    }

    private static void replay(WebhookRequests hooks, String subscription, Map<String, Object> from) {
        hooks.staff().post().uri("/api/v1/orgs/{org}/webhooks/{id}/replay", hooks.org(), subscription)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(from)
                .exchange().expectStatus().isAccepted();
    }

    private static void assertVerifies(String secret, Received delivery, boolean verifies) {
        if (verifies) {
            assertThatCode(() -> new Webhook(secret).verify(delivery.body(), delivery.headers())).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> new Webhook(secret).verify(delivery.body(), delivery.headers()))
                    .isInstanceOf(WebhookVerificationException.class);
        }
    }

    /** Each message once, and each after the one before it in the event stream. */
    static void assertInStreamOrderOnce(List<Received> deliveries) {
        List<Long> positions = deliveries.stream().map(r -> JSON.readTree(r.body()).get("position").asLong()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(deliveries).extracting(WebhookDeliveryTest::id).doesNotHaveDuplicates();
    }

    private static List<String> types(List<Received> deliveries) {
        return deliveries.stream().map(r -> JSON.readTree(r.body()).get("type").asString()).toList();
    }

    private static String id(Received delivery) {
        return delivery.header("webhook-id");
    }
}
