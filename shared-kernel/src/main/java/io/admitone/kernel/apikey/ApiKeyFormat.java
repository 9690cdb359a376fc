package io.admitone.kernel.apikey;

import java.util.Base64;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How keys look. A publishable key is {@code pk_} and a 16-character lookup prefix (80 random bits, lower-case
 * Base32); a secret key is {@code sk_}, a lookup prefix, {@code _} and 43 characters of URL-safe Base64 (256 random
 * bits). A secret key is stored as its SHA-256 digest ({@link io.admitone.kernel.Digests}): it is random, unlike
 * a password, so a slow hash would add nothing but latency to every call.
 */
public final class ApiKeyFormat {

    /** A key as presented: its kind and the prefix under which it is looked up. */
    public record Parsed(ApiKeyKind kind, String prefix) {
    }

    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final int PREFIX_BYTES = 10;
    private static final int PREFIX_LENGTH = 16;
    private static final int SECRET_BYTES = 32;
    private static final int SECRET_LENGTH = 43;

    private ApiKeyFormat() {
    }

    public static String newPrefix(RandomGenerator random) {
        byte[] bytes = new byte[PREFIX_BYTES];
        random.nextBytes(bytes);
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        long buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                prefix.append(BASE32.charAt((int) (buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return prefix.toString();
    }

    public static String secretKey(String prefix, RandomGenerator random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return ApiKeyKind.SECRET.keyPrefix() + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String publishableKey(String prefix) {
        return ApiKeyKind.PUBLISHABLE.keyPrefix() + prefix;
    }

    /** Reads the kind and lookup prefix of something presented as a key; empty when it cannot be a key. */
    public static Optional<Parsed> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.startsWith(ApiKeyKind.SECRET.keyPrefix())
                && key.length() == 3 + PREFIX_LENGTH + 1 + SECRET_LENGTH && key.charAt(3 + PREFIX_LENGTH) == '_') {
            return prefixOf(key).map(prefix -> new Parsed(ApiKeyKind.SECRET, prefix));
        }
        if (key.startsWith(ApiKeyKind.PUBLISHABLE.keyPrefix()) && key.length() == 3 + PREFIX_LENGTH) {
            return prefixOf(key).map(prefix -> new Parsed(ApiKeyKind.PUBLISHABLE, prefix));
        }
        return Optional.empty();
    }

    private static Optional<String> prefixOf(String key) {
        String prefix = key.substring(3, 3 + PREFIX_LENGTH);
        return prefix.chars().allMatch(c -> BASE32.indexOf(c) >= 0) ? Optional.of(prefix) : Optional.empty();
    }

}
