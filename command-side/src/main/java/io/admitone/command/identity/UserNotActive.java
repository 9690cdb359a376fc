package io.admitone.command.identity;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.identity.UserId;

class UserNotActive extends DomainRejection {

    UserNotActive(UserId userId) {
        super("user-not-active", Kind.CONFLICT, "User " + userId + " has not accepted their invitation yet");
    }
}
