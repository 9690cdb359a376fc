package io.admitone.server.projections;

import io.admitone.server.axon.StreamingProcessors;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Gauges of every processor's lag, computed when Prometheus scrapes rather than per message (Axon's own metrics
 * are off for that cost). The gauges of a scrape share one reading, kept for a second.
 */
@Component
class ProjectionMetrics {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private record Reading(Instant at, Map<String, ProcessorStatus> statuses) {
    }

    private final ProcessorStatuses statuses;
    private final StreamingProcessors processors;
    private final MeterRegistry registry;
    private final Clock clock;
    private Reading reading = new Reading(Instant.MIN, Map.of());

    ProjectionMetrics(ProcessorStatuses statuses, StreamingProcessors processors, MeterRegistry registry,
                      Clock clock) {
        this.statuses = statuses;
        this.processors = processors;
        this.registry = registry;
        this.clock = clock;
    }

    /** Registered once Axon has built the processors, which it does after the meter binders ran. */
    @EventListener(ApplicationStartedEvent.class)
    void register() {
        for (StreamingEventProcessor processor : processors.all()) {
            String name = processor.getName();
            gauge("admitone_projection_events_behind", "Events in the store that the processor has not handled yet",
                    name, ProcessorStatus::eventsBehind);
            gauge("admitone_projection_seconds_behind", "Age of the oldest event the processor has not handled yet",
                    name, ProcessorStatus::secondsBehind);
            gauge("admitone_projection_position", "Lowest position in the event store over the processor's segments",
                    name, ProcessorStatus::position);
            gauge("admitone_projection_error", "1 while the processor is in error, else 0", name,
                    ProcessorStatus::error);
            if (processors.deadLetterQueue(name).isPresent()) {
                gauge("admitone_projection_dead_letters", "Events the processor parked because a handler failed",
                        name, ProcessorStatus::deadLetters);
            }
        }
    }

    private void gauge(String metric, String description, String name, ToDoubleFunction<ProcessorStatus> value) {
        Gauge.builder(metric, () -> {
                    ProcessorStatus status = current().get(name);
                    return status == null ? Double.NaN : value.applyAsDouble(status);
                })
                .description(description)
                .tag("processor", name)
                .register(registry);
    }

    private synchronized Map<String, ProcessorStatus> current() {
        Instant now = clock.instant();
        if (reading.at().plus(FRESH).isBefore(now)) {
            reading = new Reading(now, statuses.all().stream()
                    .collect(Collectors.toMap(ProcessorStatus::name, Function.identity())));
        }
        return reading.statuses();
    }
}
