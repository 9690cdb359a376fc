package io.admitone.kernel.personaldata;

/**
 * A buyer as events keep them: name and e-mail address sealed together (AES-256-GCM, as {@code v1.} and the Base64
 * of nonce, ciphertext and tag) under the buyer's own data key {@code keyId}. Once that key is erased nobody can
 * open it again, while the event's bytes, and so the audit trail and its hash chain, stay as they were.
 */
public record SealedBuyer(BuyerKeyId keyId, String sealed) {
}
