package io.admitone.command.secrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Unguessable tokens (256 random bits, URL-safe Base64) for invitations, holds and generated passwords, shown
 * once, and the SHA-256 digest under which such a token is stored. A plain digest suffices because the token is
 * random, unlike a password, so there is nothing to brute-force.
 */
@Component
public class SecretTokens {

    private static final int TOKEN_BYTES = 32;

    private final RandomGenerator random;

    @Autowired
    public SecretTokens() {
        this(new SecureRandom());
    }

    public SecretTokens(RandomGenerator random) {
        this.random = random;
    }

    public String newToken() {
        byte[] token = new byte[TOKEN_BYTES];
        random.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The lower-case hex SHA-256 digest of the token's UTF-8 bytes. */
    public static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
