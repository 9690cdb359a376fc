package io.admitone.query.audit.chain;

import java.time.Instant;
import java.util.UUID;

/**
 * What a checkpoint states: that at {@code checkedAt} the chain of organisation {@code org} had {@code sequence}
 * links, the last one for the event at {@code position}, with {@code hash} (hex).
 */
public record CheckpointClaims(UUID org, long sequence, long position, String hash, Instant checkedAt) {
}
