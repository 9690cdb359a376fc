package io.admitone.server.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
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

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean healthy = true;
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                healthy &= streaming.isRunning() && !streaming.isError();
                details.put(streaming.getName(), Map.of(
                        "running", streaming.isRunning(),
                        "error", streaming.isError(),
                        "claimedSegments", streaming.processingStatus().size()));
            }
        }
        (healthy ? builder.up() : builder.down()).withDetails(details);
    }
}
