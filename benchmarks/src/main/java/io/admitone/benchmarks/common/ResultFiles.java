package io.admitone.benchmarks.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run's results as every benchmark leaves them: {@code <name>-latest.json} with the numbers and the summary, and
 * the summary alone, in markdown, as {@code <name>-latest.md}.
 */
public final class ResultFiles {

    private ResultFiles() {
    }

    public static void write(Path dir, String name, Map<String, Object> numbers, String summary) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>(numbers);
        json.put("summary", summary);
        Files.writeString(dir.resolve(name + "-latest.json"),
                Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
        Files.writeString(dir.resolve(name + "-latest.md"), summary);
    }
}
