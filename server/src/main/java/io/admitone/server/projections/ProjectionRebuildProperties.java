package io.admitone.server.projections;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * What a rebuild needs to know: the {@code read} tables that each projection writes and nothing else does (it
 * builds and switches those; a projection without an entry can be replayed but not rebuilt), and how many events
 * it applies to the shadow tables per transaction.
 */
@ConfigurationProperties("admitone.projections")
record ProjectionRebuildProperties(@DefaultValue Map<String, List<String>> tables,
                                   @DefaultValue("500") int rebuildBatchSize) {

    ProjectionRebuildProperties {
        if (rebuildBatchSize < 1) {
            throw new IllegalStateException("admitone.projections.rebuild-batch-size must be at least 1");
        }
    }

    List<String> tablesOf(String projection) {
        return tables.getOrDefault(projection, List.of());
    }
}
