package io.admitone.server.consistency;

import io.admitone.server.axon.EventLog;
import io.admitone.server.axon.StreamingProcessors;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event stream's head, and whether the read-model processors have passed a position. A processor has passed it
 * when each of its segments is at or beyond it, is neither replaying nor failing, and none of the gaps it still
 * waits for below it is an event that has been stored since: a gap that stayed empty is another transaction's
 * unfinished or rolled-back write, never one that already answered. Segments this instance runs are judged by their
 * live status, which moves as soon as an event is handled (or skipped); those of processors that run elsewhere by
 * the shared token store, which such a processor updates at least every few seconds.
 */
@Component
class StreamPositions {

    private static final String LAGGING_SEGMENTS = """
            select count(*) from axon.token_entry entry
            cross join lateral (select case when entry.token_type in (
                        'org.axonframework.eventhandling.GapAwareTrackingToken',
                        'org.axonframework.eventhandling.GlobalSequenceTrackingToken')
                    then convert_from(entry.token, 'UTF8')::jsonb end as token) stored
            where entry.processor_name = any(string_to_array(:processors, ','))
              and (stored.token is null
                   or coalesce(stored.token ->> 'index', stored.token ->> 'globalIndex')::bigint < :position
                   or exists (select from jsonb_array_elements_text(coalesce(stored.token -> 'gaps', '[]')) gap
                              where gap::bigint <= :position and gap::bigint in (
                                  select global_index from axon.domain_event_entry)))""";

    private final EventLog log;
    private final StreamingProcessors processors;
    private final JdbcClient jdbc;
    private final List<String> names;

    StreamPositions(EventLog log, StreamingProcessors processors, DataSource dataSource,
                    ReadYourWritesProperties properties) {
        this.log = log;
        this.processors = processors;
        this.jdbc = JdbcClient.create(dataSource);
        this.names = List.copyOf(properties.processors());
    }

    /** The position of the newest stored event: at or after every event of a write that has completed. */
    Mono<Long> head() {
        return Mono.fromCallable(log::headPosition).subscribeOn(Schedulers.boundedElastic());
    }

    Mono<Boolean> passed(long position) {
        return Mono.fromCallable(() -> passedNow(position)).subscribeOn(Schedulers.boundedElastic());
    }

    private boolean passedNow(long position) {
        List<String> elsewhere = new ArrayList<>();
        Set<Long> openGaps = new TreeSet<>();
        for (String name : names) {
            Collection<EventTrackerStatus> segments = processors.named(name)
                    .map(processor -> processor.processingStatus().values()).orElse(List.of());
            if (!allSegments(segments)) {
                elsewhere.add(name);
            } else if (!segments.stream().allMatch(segment -> passed(segment, position, openGaps))) {
                return false;
            }
        }
        return noneStored(openGaps) && (elsewhere.isEmpty() || jdbc.sql(LAGGING_SEGMENTS)
                .param("processors", String.join(",", elsewhere))
                .param("position", position)
                .query(Long.class).single() == 0);
    }

    /** Whether these segments, all run here, make up the whole of their processor's stream. */
    private static boolean allSegments(Collection<EventTrackerStatus> segments) {
        double share = segments.stream().mapToDouble(segment -> 1.0 / (segment.getSegment().getMask() + 1)).sum();
        return !segments.isEmpty() && share > 0.999;
    }

    private static boolean passed(EventTrackerStatus segment, long position, Set<Long> openGaps) {
        TrackingToken token = segment.getTrackingToken();
        if (segment.isErrorState() || segment.isReplaying() || token == null
                || token.position().orElse(-1) < position) {
            return false;
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            openGaps.addAll(gapAware.getGaps().headSet(position + 1));
        }
        return true;
    }

    private boolean noneStored(Set<Long> gaps) {
        return gaps.isEmpty() || jdbc.sql("select count(*) from axon.domain_event_entry where global_index in (:gaps)")
                .param("gaps", gaps)
                .query(Long.class).single() == 0;
    }
}
