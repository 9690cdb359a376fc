package io.admitone.projections.webhook.delivery;

import io.admitone.kernel.SecretSeal;
import io.admitone.kernel.webhook.WebhookTargets;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes one attempt at a delivery: checks the target again (where its host resolves to may have changed since the
 * subscription was made), signs the body with the secrets in force, posts it and reads at most
 * {@code max-response-bytes} of the answer, all within {@code timeout}.
 */
@Component
class WebhookSender {

    static final int EXCERPT_CHARACTERS = 1000;
    private static final int ERROR_CHARACTERS = 500;

    private final HttpClient client;
    private final SecretSeal seal;
    private final WebhookDispatchProperties properties;
    private final Clock clock;

    WebhookSender(SecretSeal seal, WebhookDispatchProperties properties, Clock clock) {
        // never follows a redirect: a receiver could send the signed body anywhere, a private address included
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout())
                .build();
        this.seal = seal;
        this.properties = properties;
        this.clock = clock;
    }

    /** The attempt's outcome; interrupted (the instance stops), it throws {@link CancellationException}. */
    Attempt send(PendingDelivery delivery) {
        Instant attemptedAt = clock.instant();
        long started = System.nanoTime();
        Optional<String> refusal = WebhookTargets.refusal(delivery.url(), properties.allowPrivateTargets());
        if (refusal.isPresent()) {
            return Attempt.unanswered(attemptedAt, millisSince(started), truncate(refusal.get(), ERROR_CHARACTERS));
        }
        HttpRequest request;
        try {
            request = request(delivery, attemptedAt);
        } catch (IllegalArgumentException e) {
            // a secret sealed under another sealing key, say: a failed attempt, retried and in the end disabled
            return Attempt.unanswered(attemptedAt, millisSince(started), describe(e));
        }
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, answer -> new LimitedBody(properties.maxResponseBytes()));
        try {
            HttpResponse<byte[]> response = exchange.get(properties.timeout().toNanos(), TimeUnit.NANOSECONDS);
            return answered(response, attemptedAt, millisSince(started));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return Attempt.unanswered(attemptedAt, millisSince(started), "no answer within " + properties.timeout());
        } catch (ExecutionException e) {
            return Attempt.unanswered(attemptedAt, millisSince(started), describe(e.getCause()));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while sending delivery " + delivery.deliveryId());
        }
    }

    private HttpRequest request(PendingDelivery delivery, Instant attemptedAt) {
        long timestamp = attemptedAt.getEpochSecond();
        List<String> secrets = delivery.sealedSecretsAt(attemptedAt).stream().map(seal::open).toList();
        return HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(properties.timeout())
                .header("content-type", "application/json")
                .header("user-agent", "AdmitOne-Webhooks/1")
                .header("webhook-id", delivery.messageId().toString())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        WebhookSignatures.header(secrets, delivery.messageId().toString(), timestamp, delivery.body()))
                .header("admitone-delivery-id", delivery.deliveryId().toString())
                .header("admitone-delivery-kind", delivery.kind())
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
    }

    private Attempt answered(HttpResponse<byte[]> response, Instant attemptedAt, long latencyMs) {
        int status = response.statusCode();
        Duration retryAfter = status == 429 || status == 503
                ? response.headers().firstValue("retry-after")
                        .flatMap(header -> RetryAfter.parse(header, attemptedAt)).orElse(null)
                : null;
        String excerpt = truncate(new String(response.body(), StandardCharsets.UTF_8), EXCERPT_CHARACTERS);
        return new Attempt(attemptedAt, status, latencyMs, excerpt.isEmpty() ? null : excerpt, null, retryAfter);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return truncate(failure.getClass().getSimpleName() + message, ERROR_CHARACTERS);
    }

    private static String truncate(String text, int characters) {
        return text.length() <= characters ? text : text.substring(0, characters);
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
