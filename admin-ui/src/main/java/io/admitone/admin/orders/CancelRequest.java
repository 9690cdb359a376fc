package io.admitone.admin.orders;

/** The body of {@code POST .../orders/{orderId}/cancel}: why the order is cancelled, 1 to 500 characters. */
public record CancelRequest(String reason) {
}
