package io.admitone.query.webhooks;

/** Whether a delivery still waits to go out or was answered with a 2xx. */
enum DeliveryStatus {
    PENDING, DELIVERED
}
