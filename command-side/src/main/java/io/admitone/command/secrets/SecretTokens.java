package io.admitone.command.secrets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * Unguessable tokens (256 random bits, URL-safe Base64) for invitations, holds, orders and generated passwords,
 * shown once and kept only as their digest ({@link io.admitone.kernel.Digests}).
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

}
