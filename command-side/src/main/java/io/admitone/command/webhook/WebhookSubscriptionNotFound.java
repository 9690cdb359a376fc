package io.admitone.command.webhook;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.webhook.WebhookSubscriptionId;

/** No such subscription, a deleted one, or one of another organisation, which must not learn that it exists. */
class WebhookSubscriptionNotFound extends DomainRejection {

    WebhookSubscriptionNotFound(WebhookSubscriptionId subscriptionId) {
        super("not-found", Kind.NOT_FOUND, "No webhook subscription " + subscriptionId);
    }
}
