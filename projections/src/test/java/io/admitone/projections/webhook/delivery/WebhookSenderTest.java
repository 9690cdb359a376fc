package io.admitone.projections.webhook.delivery;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.admitone.kernel.SecretSeal;
import io.admitone.kernel.webhook.WebhookSecret;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSenderTest {

    private static final String BODY = "{\"id\":\"x\",\"type\":\"order.confirmed\",\"data\":{\"total\":\"12.50 €\"}}";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretSeal seal = new SecretSeal(RANDOM.generateSeed(32));
    private final String secret = WebhookSecret.generate(RANDOM);
    private final String previousSecret = WebhookSecret.generate(RANDOM);
    private final Instant now = Instant.now();

    @Test
    void aDeliveryIsPostedWithStandardWebhooksHeadersThatTheOfficialLibraryVerifies() throws Exception {
        try (LocalReceiver receiver = new LocalReceiver(exchange -> LocalReceiver.status(exchange, 204, ""))) {
            PendingDelivery delivery = delivery(receiver.url(), null, null);

            Attempt attempt = sender(properties(true, 4096)).send(delivery);

            assertThat(attempt.delivered()).isTrue();
            assertThat(attempt.statusCode()).isEqualTo(204);
            LocalReceiver.Received received = receiver.received().getFirst();
            assertThat(received.body()).isEqualTo(BODY);
            new Webhook(secret).verify(received.body(), received.headers());
            assertThat(received.headers().get("Webhook-id")).containsExactly(delivery.messageId().toString());
            assertThat(Long.parseLong(received.headers().get("Webhook-timestamp").getFirst()))
                    .isEqualTo(now.getEpochSecond());
            assertThat(received.headers().get("Content-type")).containsExactly("application/json");
            assertThat(received.headers().get("User-agent")).containsExactly("AdmitOne-Webhooks/1");
            assertThat(received.headers().get("Admitone-delivery-id")).containsExactly(delivery.deliveryId().toString());
            assertThat(received.headers().get("Admitone-delivery-kind")).containsExactly("replay");
            assertThatThrownBy(() -> new Webhook(previousSecret).verify(received.body(), received.headers()))
                    .isInstanceOf(WebhookVerificationException.class);
        }
    }

    @Test
    void whileARotatedOutSecretIsInItsGracePeriodBothSecretsSign() throws Exception {
        try (LocalReceiver receiver = new LocalReceiver(exchange -> LocalReceiver.status(exchange, 200, "ok"))) {
            WebhookSender sender = sender(properties(true, 4096));
            sender.send(delivery(receiver.url(), seal.seal(previousSecret), now.plusSeconds(60)));
            sender.send(delivery(receiver.url(), seal.seal(previousSecret), now.minusSeconds(1)));

            LocalReceiver.Received inGrace = receiver.received().get(0);
            assertThat(inGrace.headers().get("Webhook-signature").getFirst().split(" ")).hasSize(2);
            new Webhook(secret).verify(inGrace.body(), inGrace.headers());
            new Webhook(previousSecret).verify(inGrace.body(), inGrace.headers());
            LocalReceiver.Received after = receiver.received().get(1);
            assertThat(after.headers().get("Webhook-signature").getFirst().split(" ")).hasSize(1);
            assertThatThrownBy(() -> new Webhook(previousSecret).verify(after.body(), after.headers()))
                    .isInstanceOf(WebhookVerificationException.class);
        }
    }

    @Test
    void onlyTheFirstBytesOfALargeAnswerAreReadAndTheExcerptKeepsAThousandCharacters() {
        byte[] large = new byte[5 * 1024 * 1024];
        Arrays.fill(large, (byte) 'a');
        try (LocalReceiver receiver = new LocalReceiver(exchange -> {
            exchange.sendResponseHeaders(500, large.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(large);
            } catch (IOException closedByTheClient) {
                // the sender stops reading after its limit
            }
        })) {
            Attempt small = sender(properties(true, 10)).send(delivery(receiver.url(), null, null));
            Attempt limited = sender(properties(true, 4096)).send(delivery(receiver.url(), null, null));

            assertThat(small.statusCode()).isEqualTo(500);
            assertThat(small.responseExcerpt()).isEqualTo("a".repeat(10));
            assertThat(limited.responseExcerpt()).hasSize(WebhookSender.EXCERPT_CHARACTERS);
            assertThat(limited.delivered()).isFalse();
        }
    }

    @Test
    void aReceiverThatNeverFinishesItsAnswerCostsNoMoreThanTheTimeout() {
        CountDownLatch finish = new CountDownLatch(1);
        try (LocalReceiver receiver = new LocalReceiver(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("partial".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            long started = System.nanoTime();
            Attempt attempt = sender(properties(true, 4096)).send(delivery(receiver.url(), null, null));
            finish.countDown();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
            assertThat(attempt.statusCode()).isNull();
            assertThat(attempt.error()).isEqualTo("no answer within PT1S");
        }
    }

    @Test
    void aPrivateTargetIsRefusedWithoutBeingCalledUnlessAllowed() {
        try (LocalReceiver receiver = new LocalReceiver(exchange -> LocalReceiver.status(exchange, 200, ""))) {
            Attempt refused = sender(properties(false, 4096)).send(delivery(receiver.url(), null, null));

            assertThat(refused.statusCode()).isNull();
            assertThat(refused.error()).contains("private address 127.0.0.1");
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void aRetryAfterIsReadFromA429OrA503Only() {
        int[] statuses = {429, 503, 500};
        AtomicInteger calls = new AtomicInteger();
        try (LocalReceiver receiver = new LocalReceiver(exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "42");
            LocalReceiver.status(exchange, statuses[calls.getAndIncrement()], "");
        })) {
            WebhookSender sender = sender(properties(true, 4096));

            assertThat(sender.send(delivery(receiver.url(), null, null)).retryAfter()).isEqualTo(Duration.ofSeconds(42));
            assertThat(sender.send(delivery(receiver.url(), null, null)).retryAfter()).isEqualTo(Duration.ofSeconds(42));
            assertThat(sender.send(delivery(receiver.url(), null, null)).retryAfter()).isNull();
        }
    }

    private WebhookSender sender(WebhookDispatchProperties properties) {
        return new WebhookSender(seal, properties, Clock.fixed(now, ZoneOffset.UTC));
    }

    private PendingDelivery delivery(String url, String previousSealedSecret, Instant previousValidUntil) {
        return new PendingDelivery(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "replay", 0, now,
                UUID.randomUUID(), BODY, url, seal.seal(secret), previousSealedSecret, previousValidUntil, null);
    }

    private static WebhookDispatchProperties properties(boolean allowPrivateTargets, int maxResponseBytes) {
        return new WebhookDispatchProperties(allowPrivateTargets, Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofHours(6), Duration.ofDays(3), Duration.ofSeconds(1), Duration.ofSeconds(30), 8,
                maxResponseBytes);
    }
}
