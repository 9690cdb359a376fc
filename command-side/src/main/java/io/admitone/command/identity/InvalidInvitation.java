package io.admitone.command.identity;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.identity.UserId;

class InvalidInvitation extends DomainRejection {

    InvalidInvitation(UserId userId) {
        super("invalid-invitation", Kind.UNPROCESSABLE, "User " + userId + " has no pending invitation with this token");
    }
}
