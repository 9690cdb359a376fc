package io.admitone.kernel.webhook;

import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * Signing secrets in the Standard Webhooks format: {@code whsec_} and the Base64 of 32 random bytes, which are the
 * HMAC-SHA256 key. Any Standard Webhooks library takes the secret as it is.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;

    private WebhookSecret() {
    }

    public static String generate(RandomGenerator random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The HMAC key of a secret. */
    public static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with " + PREFIX);
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
