package io.admitone.kernel;

/**
 * The keys under which every command and event carries its origin in Axon message metadata, so that the
 * audit trail can answer who did what, from where, and because of what.
 */
public enum MetadataKey {
    /** Id of the request (or other trigger) that started the chain of messages. */
    CORRELATION_ID("correlationId"),
    /** Id of the message whose handling produced this one. */
    CAUSATION_ID("causationId"),
    /** The user or API key that asked, or {@code anonymous}. */
    ACTOR("actor"),
    /** The address of the client that sent the request. */
    CLIENT_ADDRESS("clientAddress"),
    /** The {@code Idempotency-Key} the client sent, if any. */
    IDEMPOTENCY_KEY("idempotencyKey");

    private final String key;

    MetadataKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
