package io.admitone.kernel;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Seals secrets that AdmitOne must use again later (a webhook's signing secret) before they go into an event, with
 * AES-256-GCM under the server's sealing key ({@code admitone.security.sealing-key}): the event store, its backups
 * and the audit trail hold only {@code v1.} and the Base64 of a random 12-byte nonce and the ciphertext with its tag.
 * The same class seals buyers under their own data keys ({@code personaldata}), each a 32-byte key too.
 */
public final class SecretSeal {

    private static final String VERSION = "v1.";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private static final String DIGEST = "HmacSHA256";
    private static final byte[] DIGEST_KEY_LABEL = "admitone digest key v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;
    private final SecretKeySpec digestKey;
    private final SecureRandom random = new SecureRandom();

    public SecretSeal(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A sealing key is " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        // a key of its own for digests, derived from the sealing key, so that no key serves two algorithms
        this.digestKey = new SecretKeySpec(hmac(new SecretKeySpec(key, DIGEST), DIGEST_KEY_LABEL), DIGEST);
    }

    /**
     * The keyed digest (HMAC-SHA256, lower-case hex) of a text, under a key derived from the sealing key: it finds a
     * row by a value that must not be stored (a buyer's e-mail address), and without the key nobody can compute it
     * for a guessed value.
     */
    public String digest(String text) {
        return HexFormat.of().formatHex(hmac(digestKey, text.getBytes(StandardCharsets.UTF_8)));
    }

    public String seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.UTF_8));
        return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce).put(sealed).array());
    }

    /** The secret sealed with this key; a sealed text changed or sealed under another key is refused. */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalArgumentException("Not a sealed secret");
        }
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(sealed.substring(VERSION.length())));
        byte[] nonce = new byte[NONCE_BYTES];
        bytes.get(nonce);
        byte[] ciphertext = new byte[bytes.remaining()];
        bytes.get(ciphertext);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, ciphertext), StandardCharsets.UTF_8);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] input) {
        try {
            Mac mac = Mac.getInstance(DIGEST);
            mac.init(key);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform provides " + DIGEST, e);
        }
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The secret cannot be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                    + " with this sealing key", e);
        }
    }
}
