package io.admitone.command.webhook;

import io.admitone.kernel.webhook.IssuedWebhookSecret;

/** The answer to creating a subscription: its secret, shown this once, and its settings as they were kept. */
record CreatedWebhookSubscription(IssuedWebhookSecret issued, WebhookSettings settings) {
}
