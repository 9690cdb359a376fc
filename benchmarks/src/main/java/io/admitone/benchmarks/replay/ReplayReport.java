package io.admitone.benchmarks.replay;

import io.admitone.benchmarks.common.ResultFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a run's numbers as {@code replay-latest.json} and its summary as {@code replay-latest.md}. */
final class ReplayReport {

    private ReplayReport() {
    }

    /** Writes both files and answers the summary. */
    static String write(Path dir, Map<String, Object> numbers) throws IOException {
        String summary = summary(numbers);
        ResultFiles.write(dir, "replay", numbers, summary);
        return summary;
    }

    @SuppressWarnings("unchecked")
    private static String summary(Map<String, Object> n) {
        Map<String, Map<String, Object>> projections = new LinkedHashMap<>((Map<String, Map<String, Object>>)
                n.get("projections"));
        String rows = projections.entrySet().stream()
                .map(entry -> "| %s | %s | %s |".formatted(entry.getKey(), entry.getValue().get("seconds"),
                        entry.getValue().get("eventsPerSecond")))
                .collect(Collectors.joining("\n"));
        return """
                # Replay benchmark, %s

                Every projection replayed at once from an event store of %,d events (%,d of them generated: \
                organisations, venues, events, performances, ticket types, partitions, holds, orders, refunds and \
                check-ins), on %s CPUs, the server on its default configuration (embedded PostgreSQL and Redis).

                | measure | value | target |
                | --- | --- | --- |
                | events per second, every projection replayed | %s | >= 20,000 |
                | seconds until the last projection caught up | %s | |
                | generation, events appended per second | %s | |
                | live projections' catch-up after the generation | %s s | |

                | projection | seconds to catch up | events per second |
                | --- | --- | --- |
                %s
                """.formatted(n.get("finishedAt"), (Long) n.get("events"), (Long) n.get("generatedEvents"),
                n.get("availableProcessors"), n.get("eventsPerSecond"), n.get("seconds"),
                n.get("generationEventsPerSecond"), n.get("liveCatchUpSeconds"), rows);
    }
}
