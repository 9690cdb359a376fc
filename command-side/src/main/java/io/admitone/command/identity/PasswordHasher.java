package io.admitone.command.identity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Checks new passwords against the rules and hashes them with bcrypt at cost 12. Argon2 would be preferred, but
 * Spring's Argon2 encoder needs BouncyCastle, which is not on the classpath. Hashes carry an {@code {bcrypt}} prefix
 * so that a later algorithm can be added beside it and old hashes still verify.
 */
@Component
class PasswordHasher {

    static final int MIN_LENGTH = 12;
    /**
     * bcrypt reads only the first 72 bytes, so longer passwords are refused rather than silently cut. This is below
     * the 128 characters the rules would otherwise allow, and so the one upper bound.
     */
    static final int MAX_BYTES = 72;
    static final int BCRYPT_STRENGTH = 12;
    private static final String BCRYPT = "bcrypt";

    private final PasswordEncoder encoder;

    @Autowired
    PasswordHasher() {
        this(new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(BCRYPT_STRENGTH))));
    }

    PasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** The encoded hash of a new password, or {@link InvalidPassword} if it breaks the rules. */
    String hash(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw InvalidPassword.tooShort(MIN_LENGTH);
        }
        if (utf8Length(password) > MAX_BYTES) {
            throw InvalidPassword.tooLong(MAX_BYTES);
        }
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return password != null && hash != null && utf8Length(password) <= MAX_BYTES && encoder.matches(password, hash);
    }

    private static int utf8Length(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length;
    }
}
