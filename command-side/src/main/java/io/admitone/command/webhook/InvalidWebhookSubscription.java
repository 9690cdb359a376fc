package io.admitone.command.webhook;

import io.admitone.kernel.DomainRejection;

class InvalidWebhookSubscription extends DomainRejection {

    InvalidWebhookSubscription(String message) {
        super("invalid-webhook-subscription", Kind.UNPROCESSABLE, "The webhook subscription is invalid: " + message);
    }
}
