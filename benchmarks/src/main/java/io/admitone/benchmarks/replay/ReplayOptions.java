package io.admitone.benchmarks.replay;

import java.nio.file.Path;

/** What a replay run is asked to do; every option has a default. */
record ReplayOptions(long events, int batch, Path resultsDir) {

    static ReplayOptions parse(String[] args) {
        long events = 200_000;
        int batch = HistoryGenerator.DEFAULT_BATCH;
        Path resultsDir = Path.of("benchmarks/results");
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--events" -> events = Long.parseLong(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--results" -> resultsDir = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        return new ReplayOptions(events, batch, resultsDir);
    }
}
