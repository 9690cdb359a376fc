package io.admitone.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 digests under which AdmitOne keeps random secrets it shows once (API keys, invitation, hold and
 * order tokens), and their comparison. A plain digest suffices because such a secret is random, unlike a password,
 * so there is nothing to guess from it.
 */
public final class Digests {

    private Digests() {
    }

    /** The lower-case hex SHA-256 digest of the text's UTF-8 bytes. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The lower-case hex SHA-256 digest of the bytes. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    /** Whether two digests are the same, in a time that does not depend on where they differ; null matches nothing. */
    public static boolean same(String digest, String other) {
        return digest != null && other != null && MessageDigest.isEqual(digest.getBytes(StandardCharsets.US_ASCII),
                other.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a presented secret is the one kept as {@code storedDigest}. */
    public static boolean matches(String secret, String storedDigest) {
        return secret != null && same(sha256Hex(secret), storedDigest);
    }
}
