package io.admitone.admin.projections;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One event processor as {@code GET /api/v1/admin/projections} reports it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcessorStatus(String name, String state, long position, long headPosition, long eventsBehind,
                              long secondsBehind, List<Segment> segments, boolean replayable, Long deadLetters) {

    public ProcessorStatus {
        segments = segments == null ? List.of() : List.copyOf(segments);
    }

    /** One claimed segment; {@code error} is the message of a failed one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Segment(int segment, long position, boolean caughtUp, boolean replaying, String error) {
    }

    /** The list answer: {@code { "processors": [...] }}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record All(List<ProcessorStatus> processors) {

        public All {
            processors = processors == null ? List.of() : List.copyOf(processors);
        }
    }

    /** Whether it has applied every stored event: its position has reached the head. */
    boolean caughtUp() {
        return eventsBehind == 0;
    }

    /** How far along it is, as the screen says it: caught up, or how far behind. */
    String progress() {
        return caughtUp() ? "Caught up" : eventsBehind + " events behind (" + secondsBehind + " s)";
    }

    /** Whether it parks events it cannot apply, so that dead letters can be listed. */
    boolean keepsDeadLetters() {
        return deadLetters != null;
    }

    /** The failed segments' messages, or an empty text. */
    String errors() {
        return segments.stream().map(Segment::error).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining("; "));
    }
}
