package io.admitone.server.axon;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports DOWN when an event processor of this process is stopped or in error: its read model or its
 * webhooks would silently fall behind.
 */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final StreamingProcessors processors;

    EventProcessorsHealthIndicator(StreamingProcessors processors) {
        this.processors = processors;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean healthy = true;
        for (StreamingEventProcessor streaming : processors.all()) {
            healthy &= streaming.isRunning() && !streaming.isError();
            details.put(streaming.getName(), Map.of(
                    "running", streaming.isRunning(),
                    "error", streaming.isError(),
                    "claimedSegments", streaming.processingStatus().size()));
        }
        (healthy ? builder.up() : builder.down()).withDetails(details);
    }
}
