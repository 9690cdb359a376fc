package io.admitone.server.webhooks.dispatch;

import io.admitone.server.webhooks.WebhookReceiver;

import java.util.List;
import java.util.UUID;

/** A test event that {@link FakeCatalogue} publishes under {@code type}, standing in for the domain's events. */
record Occurred(UUID tenantId, String type, int number) {

    /** The numbers of the events that these deliveries carried, in order. */
    static List<Integer> numbers(List<WebhookReceiver.Received> deliveries) {
        return deliveries.stream().map(delivery -> Integer.parseInt(
                delivery.body().replaceAll(".*\"number\":(\\d+).*", "$1"))).toList();
    }
}
