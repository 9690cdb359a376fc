package io.admitone.server.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The streaming event processors that this process hosts, which ones depends on its roles, and the dead-letter
 * queues of those that park the events they cannot handle.
 */
@Component
public class StreamingProcessors {

    private final EventProcessingConfiguration processing;

    StreamingProcessors(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public List<StreamingEventProcessor> all() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    public Optional<StreamingEventProcessor> named(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    public Optional<SequencedDeadLetterQueue<EventMessage<?>>> deadLetterQueue(String name) {
        return processing.deadLetterQueue(name);
    }

    public Optional<SequencedDeadLetterProcessor<EventMessage<?>>> deadLetterProcessor(String name) {
        return processing.sequencedDeadLetterProcessor(name);
    }
}
