package io.admitone.kernel.audit;

import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash chain over an organisation's events. Link n is {@code SHA-256(hash of link n-1 || canonical(event n))},
 * where the first link's previous hash is 32 zero bytes and canonical(event) is the RFC 8785 (JCS) form of the event
 * as the audit trail exports it, in UTF-8. Anyone holding an export can so recompute every link; the processor that
 * writes the chain, the verifier and the command line all hash through here.
 */
public final class AuditChain {

    public static final int HASH_BYTES = 32;

    private AuditChain() {
    }

    /** The previous hash of an organisation's first link. */
    public static byte[] genesis() {
        return new byte[HASH_BYTES];
    }

    /** The hash of the link that appends {@code event} to the chain whose last hash is {@code previous}. */
    public static byte[] link(byte[] previous, AuditedEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        sha256.update(canonical(event));
        return sha256.digest();
    }

    /** The RFC 8785 canonical form of the event, in UTF-8; an event whose payload or metadata is no JSON has none. */
    public static byte[] canonical(AuditedEvent event) {
        try {
            return new JsonCanonicalizer(event.json()).getEncodedUTF8();
        } catch (IOException | RuntimeException notJson) {
            throw new NotCanonicalizable(event.position(), notJson);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    /** An event whose stored payload or metadata is not JSON: it cannot be in the chain as it is. */
    public static final class NotCanonicalizable extends RuntimeException {

        NotCanonicalizable(long position, Exception cause) {
            super("The event at position " + position + " is not JSON that can be canonicalized: "
                    + cause.getMessage(), cause);
        }
    }
}
