package io.admitone.command.identity;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.identity.UserId;

class CurrentPasswordMismatch extends DomainRejection {

    CurrentPasswordMismatch(UserId userId) {
        super("current-password-mismatch", Kind.UNPROCESSABLE,
                "The current password given for user " + userId + " is wrong");
    }
}
