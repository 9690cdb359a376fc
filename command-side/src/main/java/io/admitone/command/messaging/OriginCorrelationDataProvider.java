package io.admitone.command.messaging;

import io.admitone.kernel.MetadataKey;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies the origin of the message being handled onto every message it produces, and records that
 * message's id as the causation id. It replaces Axon's default provider, whose keys mean something else.
 */
@Component
class OriginCorrelationDataProvider implements CorrelationDataProvider {

    private static final MetadataKey[] COPIED = {
            MetadataKey.CORRELATION_ID, MetadataKey.ACTOR, MetadataKey.CLIENT_ADDRESS, MetadataKey.IDEMPOTENCY_KEY};

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (MetadataKey key : COPIED) {
            Object value = message.getMetaData().get(key.key());
            if (value != null) {
                data.put(key.key(), value);
            }
        }
        data.putIfAbsent(MetadataKey.CORRELATION_ID.key(), message.getIdentifier());
        data.put(MetadataKey.CAUSATION_ID.key(), message.getIdentifier());
        return data;
    }
}
