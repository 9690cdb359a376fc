package io.admitone.query.auth;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** One answer for an unknown e-mail, a wrong password and a user who may not sign in: nothing to probe. */
class InvalidCredentials extends ResponseStatusException {

    InvalidCredentials() {
        super(HttpStatus.UNAUTHORIZED, "E-mail or password is wrong, or the account may not sign in");
    }
}
