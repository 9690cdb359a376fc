package io.admitone.query.webhooks;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

/** The 404s of webhook reads: another organisation's subscription or delivery is no different from none at all. */
final class WebhookNotFound {

    private WebhookNotFound() {
    }

    static ResponseStatusException subscription(UUID subscriptionId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No webhook subscription " + subscriptionId);
    }

    static ResponseStatusException delivery(UUID subscriptionId, UUID deliveryId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No delivery " + deliveryId + " of webhook subscription " + subscriptionId);
    }
}
