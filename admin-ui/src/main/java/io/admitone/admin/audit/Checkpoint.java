package io.admitone.admin.audit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** A signed statement of the hash chain's head, with its compact JWS, as {@code .../audit/checkpoints} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Checkpoint(String checkpointId, long sequence, long position, String hash, Instant checkedAt,
                         String jws) {
}
