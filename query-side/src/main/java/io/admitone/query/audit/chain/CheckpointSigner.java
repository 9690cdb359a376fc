package io.admitone.query.audit.chain;

/** Signs a checkpoint's claims with the server's signing key, whose public half the server publishes. */
public interface CheckpointSigner {

    /** The claims as a compact JWS. */
    String sign(CheckpointClaims claims);
}
