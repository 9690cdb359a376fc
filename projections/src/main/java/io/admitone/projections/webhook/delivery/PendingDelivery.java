package io.admitone.projections.webhook.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The head of a subscription's queue as the dispatcher sends it: the delivery, its message's body and the
 * subscription's target and sealed secrets (the previous one while it still signs).
 */
record PendingDelivery(UUID deliveryId, UUID subscriptionId, UUID tenantId, String kind, int attempts,
                       Instant nextAttemptAt, UUID messageId, String body, String url, String sealedSecret,
                       String previousSealedSecret, Instant previousSecretValidUntil, Instant failingSince) {

    boolean dueAt(Instant now) {
        return !nextAttemptAt.isAfter(now);
    }

    /** The sealed secrets that sign at {@code now}: the current one, and the previous one until it runs out. */
    List<String> sealedSecretsAt(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(sealedSecret));
        if (previousSealedSecret != null && previousSecretValidUntil != null && now.isBefore(previousSecretValidUntil)) {
            secrets.add(previousSealedSecret);
        }
        return secrets;
    }
}
