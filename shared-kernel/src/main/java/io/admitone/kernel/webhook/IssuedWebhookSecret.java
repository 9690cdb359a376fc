package io.admitone.kernel.webhook;

/** The answer to creating a subscription or rotating its secret: the secret in the clear, this once. */
public record IssuedWebhookSecret(WebhookSubscriptionId subscriptionId, String secret) {
}
