package io.admitone.command.identity;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.identity.UserId;

class UserIsDisabled extends DomainRejection {

    UserIsDisabled(UserId userId) {
        super("user-disabled", Kind.CONFLICT, "User " + userId + " is disabled");
    }
}
