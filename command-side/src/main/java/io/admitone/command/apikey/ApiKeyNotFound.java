package io.admitone.command.apikey;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.apikey.ApiKeyId;

class ApiKeyNotFound extends DomainRejection {

    ApiKeyNotFound(ApiKeyId keyId) {
        super("not-found", Kind.NOT_FOUND, "No API key " + keyId);
    }
}
