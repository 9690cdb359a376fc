package io.admitone.admin.webhooks;

import io.admitone.admin.api.ApiPath;

import java.util.UUID;

/** The webhook endpoints of the API, for one organisation. */
final class WebhookPaths {

    private final UUID organisation;

    WebhookPaths(UUID organisation) {
        this.organisation = organisation;
    }

    ApiPath subscriptions() {
        return ApiPath.of("/api/v1/orgs/{orgId}/webhooks", organisation);
    }

    ApiPath subscription(UUID subscription) {
        return ApiPath.of("/api/v1/orgs/{orgId}/webhooks/{id}", organisation, subscription);
    }

    ApiPath deliveries(UUID subscription) {
        return ApiPath.of("/api/v1/orgs/{orgId}/webhooks/{id}/deliveries", organisation, subscription);
    }

    ApiPath redeliver(UUID subscription, UUID delivery) {
        return ApiPath.of("/api/v1/orgs/{orgId}/webhooks/{id}/deliveries/{deliveryId}/redeliver", organisation,
                subscription, delivery);
    }

    ApiPath replay(UUID subscription) {
        return ApiPath.of("/api/v1/orgs/{orgId}/webhooks/{id}/replay", organisation, subscription);
    }
}
