package io.admitone.command.identity;

import io.admitone.kernel.Digests;
import io.admitone.kernel.identity.UserId;

import java.time.Instant;

/** An invitation waiting to be accepted, known only by the hash of its token. */
record PendingInvitation(String tokenHash, Instant expiresAt) {

    /**
     * Rejects a token that does not match, and only then one that expired, so that an expiry is never revealed to
     * someone who does not hold the token. The comparison takes the same time wherever the hashes differ.
     */
    void check(UserId userId, String token, Instant now) {
        if (!Digests.matches(token, tokenHash)) {
            throw new InvalidInvitation(userId);
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvitationExpired(userId, expiresAt);
        }
    }
}
