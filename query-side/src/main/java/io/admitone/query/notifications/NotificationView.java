package io.admitone.query.notifications;

import java.time.Instant;
import java.util.UUID;

/** One notification: {@code kind} says what happened, {@code subjectId} to what (a subscription, say), if anything. */
public record NotificationView(UUID id, String kind, UUID subjectId, String message, Instant createdAt) {
}
