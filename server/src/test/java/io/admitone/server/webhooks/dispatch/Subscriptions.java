package io.admitone.server.webhooks.dispatch;

import io.admitone.kernel.SecretSeal;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.webhook.WebhookSecret;
import io.admitone.kernel.webhook.WebhookSecretRotated;
import io.admitone.kernel.webhook.WebhookSubscriptionChanged;
import io.admitone.kernel.webhook.WebhookSubscriptionCreated;
import io.admitone.kernel.webhook.WebhookSubscriptionId;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Subscription events stored as the command side would store them, and the secrets they sealed. */
final class Subscriptions {

    record Subscription(TenantId tenantId, WebhookSubscriptionId id, String url, List<String> eventTypes,
                        String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EventStore events;
    private final SecretSeal seal;

    Subscriptions(EventStore events, SecretSeal seal) {
        this.events = events;
        this.seal = seal;
    }

    Subscription create(String url, String... eventTypes) {
        String secret = WebhookSecret.generate(RANDOM);
        Subscription subscription = new Subscription(TenantId.random(), WebhookSubscriptionId.random(), url,
                List.of(eventTypes), secret);
        publish(new WebhookSubscriptionCreated(subscription.id(), subscription.tenantId(), url, List.of(eventTypes),
                "test receiver", true, seal.seal(secret), Instant.now()));
        return subscription;
    }

    void enable(Subscription subscription) {
        publish(new WebhookSubscriptionChanged(subscription.id(), subscription.tenantId(), subscription.url(),
                subscription.eventTypes(), "test receiver", true, Instant.now()));
    }

    /** Rotates the secret; the old one keeps signing for {@code grace}. Answers the subscription with the new one. */
    Subscription rotate(Subscription subscription, Duration grace) {
        String secret = WebhookSecret.generate(RANDOM);
        Instant now = Instant.now();
        publish(new WebhookSecretRotated(subscription.id(), subscription.tenantId(), seal.seal(secret), now.plus(grace),
                now));
        return new Subscription(subscription.tenantId(), subscription.id(), subscription.url(),
                subscription.eventTypes(), secret);
    }

    void publish(Object payload) {
        events.publish(GenericEventMessage.asEventMessage(payload));
    }
}
