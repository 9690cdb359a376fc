package io.admitone.command.identity;

import io.admitone.kernel.DomainRejection;

class EmailAlreadyRegistered extends DomainRejection {

    EmailAlreadyRegistered(String email) {
        super("email-already-registered", Kind.CONFLICT, "Another user already has the e-mail " + email);
    }
}
