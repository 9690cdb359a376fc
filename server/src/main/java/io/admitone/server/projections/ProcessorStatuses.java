package io.admitone.server.projections;

import io.admitone.server.axon.EventLog;
import io.admitone.server.axon.StreamingProcessors;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the status and lag of the event processors of this process: one head read per call, one query per laggard
 * and one count per processor that parks dead letters.
 */
@Component
class ProcessorStatuses {

    private final StreamingProcessors processors;
    private final EventLog log;
    private final RebuildProgress rebuilds;
    private final Clock clock;

    ProcessorStatuses(StreamingProcessors processors, EventLog log, RebuildProgress rebuilds, Clock clock) {
        this.processors = processors;
        this.log = log;
        this.rebuilds = rebuilds;
        this.clock = clock;
    }

    List<ProcessorStatus> all() {
        long head = log.headPosition();
        return processors.all().stream()
                .map(processor -> statusOf(processor, head))
                .sorted(Comparator.comparing(ProcessorStatus::name))
                .toList();
    }

    ProcessorStatus named(String name) {
        return statusOf(processor(name), log.headPosition());
    }

    StreamingEventProcessor processor(String name) {
        return processors.named(name).orElseThrow(() -> new ProjectionNotFound(name));
    }

    private ProcessorStatus statusOf(StreamingEventProcessor processor, long head) {
        List<SegmentStatus> segments = processor.processingStatus().values().stream()
                .map(SegmentStatus::of)
                .sorted(Comparator.comparingInt(SegmentStatus::segment))
                .toList();
        long position = segments.stream().mapToLong(SegmentStatus::position).min().orElse(0);
        long behind = Math.max(0, head - position);
        return new ProcessorStatus(processor.getName(), stateOf(processor, segments), position, head, behind,
                behind == 0 ? 0 : secondsBehind(position), segments, processor.supportsReset(),
                processors.deadLetterQueue(processor.getName()).map(SequencedDeadLetterQueue::size).orElse(null),
                rebuilds.of(processor.getName()));
    }

    private long secondsBehind(long position) {
        return log.storedAfter(position)
                .map(storedAt -> Math.max(0, Duration.between(storedAt, clock.instant()).toSeconds()))
                .orElse(0L);
    }

    private static ProcessorState stateOf(StreamingEventProcessor processor, List<SegmentStatus> segments) {
        if (processor.isError() || segments.stream().anyMatch(segment -> segment.error() != null)) {
            return ProcessorState.ERROR;
        }
        if (!processor.isRunning()) {
            return ProcessorState.STOPPED;
        }
        return processor.isReplaying() ? ProcessorState.REPLAYING : ProcessorState.RUNNING;
    }
}
