package io.admitone.command.messaging;

import io.admitone.kernel.MetadataKey;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;

/** Where a request came from, as recorded in the metadata of the commands it sends. */
public record RequestOrigin(String correlationId, String actor, String clientAddress, String idempotencyKey) {

    public static final String ANONYMOUS = "anonymous";
    /** Commands sent outside any request (at start-up, say) are anonymous and carry no correlation id of their own. */
    static final RequestOrigin NONE = new RequestOrigin(null, ANONYMOUS, null, null);

    RequestOrigin withActor(String authenticatedActor) {
        return new RequestOrigin(correlationId, authenticatedActor, clientAddress, idempotencyKey);
    }

    public MetaData toMetaData() {
        Map<String, String> values = new HashMap<>();
        if (correlationId != null) {
            values.put(MetadataKey.CORRELATION_ID.key(), correlationId);
        }
        values.put(MetadataKey.ACTOR.key(), actor);
        if (clientAddress != null) {
            values.put(MetadataKey.CLIENT_ADDRESS.key(), clientAddress);
        }
        if (idempotencyKey != null) {
            values.put(MetadataKey.IDEMPOTENCY_KEY.key(), idempotencyKey);
        }
        return MetaData.from(values);
    }
}
