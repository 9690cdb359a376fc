package io.admitone.benchmarks.webhooks;

import java.time.Instant;

/**
 * One request the receiver got: for which subscription (the path it was sent to), the headers that identify and sign
 * it, what its envelope says, when it arrived and its body as sent. {@code type} is null when the body was no
 * envelope.
 */
record Receipt(String subscription, String webhookId, String timestamp, String signature, String type,
               long position, Instant occurredAt, Instant receivedAt, byte[] body) {
}
