package io.admitone.command.apikey;

import io.admitone.kernel.DomainRejection;

class InvalidApiKey extends DomainRejection {

    InvalidApiKey(String message) {
        super("invalid-api-key", Kind.UNPROCESSABLE, "The API key is invalid: " + message);
    }
}
