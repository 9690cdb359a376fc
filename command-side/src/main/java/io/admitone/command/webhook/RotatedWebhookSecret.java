package io.admitone.command.webhook;

import io.admitone.kernel.webhook.IssuedWebhookSecret;

import java.time.Instant;

/** The answer to rotating a secret: the new one, shown this once, and until when the old one still signs. */
record RotatedWebhookSecret(IssuedWebhookSecret issued, Instant previousSecretValidUntil) {
}
