package io.admitone.query.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery of a message to a subscription: {@code kind} is {@code live}, {@code replay} (with its
 * {@code replayId}) or {@code redelivery} (of {@code redeliveryOf}); {@code lastStatus} is the HTTP status of the
 * latest attempt, null before the first or when no answer came. {@code sequence} orders the subscription's
 * deliveries and pages the log; it is not shown.
 */
public record WebhookDeliveryView(@JsonIgnore long sequence, UUID id, UUID messageId, String type, String kind,
                                  UUID replayId, UUID redeliveryOf, String status, int attempts,
                                  Instant nextAttemptAt, Integer lastStatus, Instant createdAt, Instant deliveredAt) {
}
