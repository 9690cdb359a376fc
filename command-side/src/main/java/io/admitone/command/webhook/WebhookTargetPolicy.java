package io.admitone.command.webhook;

import io.admitone.kernel.webhook.WebhookTargets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Where this server lets subscriptions send to: public addresses only, unless
 * {@code admitone.webhooks.allow-private-targets} is set (a receiver on the same network, as in development).
 */
@Component
class WebhookTargetPolicy {

    private final boolean allowPrivateTargets;

    WebhookTargetPolicy(@Value("${admitone.webhooks.allow-private-targets:false}") boolean allowPrivateTargets) {
        this.allowPrivateTargets = allowPrivateTargets;
    }

    Optional<String> refusal(String url) {
        return WebhookTargets.refusal(url, allowPrivateTargets);
    }
}
