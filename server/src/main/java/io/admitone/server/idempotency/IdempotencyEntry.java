package io.admitone.server.idempotency;

import java.util.List;
import java.util.Map;

/**
 * What Redis holds under a key: the fingerprint of the request that claimed it and either the claim of the
 * execution still running or the answer it gave.
 */
record IdempotencyEntry(String fingerprint, String claim, StoredResponse response) {

    static IdempotencyEntry running(String fingerprint, String claim) {
        return new IdempotencyEntry(fingerprint, claim, null);
    }

    static IdempotencyEntry answered(String fingerprint, StoredResponse response) {
        return new IdempotencyEntry(fingerprint, null, response);
    }

    boolean hasAnswer() {
        return response != null;
    }

    /** Status, the headers a client needs again, and the body bytes of an answer. */
    record StoredResponse(int status, Map<String, List<String>> headers, byte[] body) {
    }
}
