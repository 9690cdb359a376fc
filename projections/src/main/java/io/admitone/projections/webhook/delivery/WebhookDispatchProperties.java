package io.admitone.projections.webhook.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How webhooks are sent ({@code admitone.webhooks.*}, docs/webhooks.md): whether private targets are allowed, the
 * timeout of an attempt, the back-off between attempts, how long a failing subscription is kept enabled, how often
 * the dispatcher looks for due deliveries, how long it holds a subscription, how many it sends at once and how much
 * of a response it reads.
 */
@ConfigurationProperties("admitone.webhooks")
public record WebhookDispatchProperties(
        @DefaultValue("false") boolean allowPrivateTargets,
        @DefaultValue("PT10S") Duration timeout,
        @DefaultValue("PT5S") Duration firstRetryDelay,
        @DefaultValue("PT6H") Duration maxRetryDelay,
        @DefaultValue("P3D") Duration disableAfter,
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("PT30S") Duration lease,
        @DefaultValue("8") int concurrency,
        @DefaultValue("4096") int maxResponseBytes) {

    public WebhookDispatchProperties {
        requirePositive("timeout", timeout);
        requirePositive("first-retry-delay", firstRetryDelay);
        requirePositive("max-retry-delay", maxRetryDelay);
        requirePositive("disable-after", disableAfter);
        requirePositive("poll-interval", pollInterval);
        requirePositive("lease", lease);
        if (concurrency < 1 || maxResponseBytes < 0) {
            throw new IllegalArgumentException(
                    "admitone.webhooks.concurrency must be at least 1 and max-response-bytes not negative");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("admitone.webhooks." + name + " must be a positive duration");
        }
    }
}
