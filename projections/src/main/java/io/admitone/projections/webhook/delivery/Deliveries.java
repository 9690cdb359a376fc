package io.admitone.projections.webhook.delivery;

/** The values of {@code read.webhook_delivery}'s {@code status} and {@code kind}, as integrators see them. */
public final class Deliveries {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String LIVE = "live";
    public static final String REPLAY = "replay";
    public static final String REDELIVERY = "redelivery";

    private Deliveries() {
    }
}
