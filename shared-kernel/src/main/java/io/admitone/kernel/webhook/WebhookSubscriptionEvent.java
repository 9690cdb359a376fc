package io.admitone.kernel.webhook;

import io.admitone.kernel.organisation.TenantId;

public sealed interface WebhookSubscriptionEvent permits WebhookSubscriptionCreated, WebhookSubscriptionChanged,
        WebhookSubscriptionDeleted, WebhookSecretRotated, WebhookRedeliveryRequested, WebhookReplayRequested {

    WebhookSubscriptionId subscriptionId();

    TenantId tenantId();
}
