package io.admitone.admin.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery in a subscription's log: {@code kind} {@code live}, {@code replay} or {@code redelivery};
 * {@code status} {@code pending} until an attempt got a 2xx, then {@code delivered}; {@code lastStatus} is the HTTP
 * status the receiver last answered, null when no answer came.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Delivery(UUID id, UUID messageId, String type, String kind, UUID replayId, UUID redeliveryOf,
                       String status, int attempts, Instant nextAttemptAt, Integer lastStatus, Instant createdAt,
                       Instant deliveredAt) {

    boolean delivered() {
        return "delivered".equals(status);
    }
}
