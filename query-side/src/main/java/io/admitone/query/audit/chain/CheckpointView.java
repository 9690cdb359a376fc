package io.admitone.query.audit.chain;

import java.time.Instant;
import java.util.UUID;

/** A signed checkpoint: the head it signs and the compact JWS that anyone can check against the published keys. */
public record CheckpointView(UUID checkpointId, long sequence, long position, String hash, Instant checkedAt,
                             String jws) {
}
