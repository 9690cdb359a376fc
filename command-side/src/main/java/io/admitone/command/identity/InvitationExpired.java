package io.admitone.command.identity;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.identity.UserId;

import java.time.Instant;

class InvitationExpired extends DomainRejection {

    InvitationExpired(UserId userId, Instant expiredAt) {
        super("invitation-expired", Kind.CONFLICT, "The invitation of user " + userId + " expired at " + expiredAt);
    }
}
