package io.admitone.command.identity;

import io.admitone.command.secrets.SecretTokens;
import io.admitone.kernel.identity.UserId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/** An invitation waiting to be accepted, known only by the hash of its token. */
record PendingInvitation(String tokenHash, Instant expiresAt) {

    /**
     * Rejects a token that does not match, and only then one that expired, so that an expiry is never revealed to
     * someone who does not hold the token. The comparison takes the same time wherever the hashes differ.
     */
    void check(UserId userId, String token, Instant now) {
        if (token == null || !MessageDigest.isEqual(bytes(SecretTokens.sha256(token)), bytes(tokenHash))) {
            throw new InvalidInvitation(userId);
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvitationExpired(userId, expiresAt);
        }
    }

    private static byte[] bytes(String hex) {
        return hex.getBytes(StandardCharsets.US_ASCII);
    }
}
