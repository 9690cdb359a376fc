package io.admitone.server.projections;

import io.admitone.kernel.diagnostics.ProbeStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A second handler of the {@code probes} projection whose SQL fails for the probes a test marks, as a projection
 * meeting an event it cannot apply would: the failure aborts PostgreSQL's transaction, not just the handler.
 */
@TestComponent
@ProcessingGroup("probes")
class FaultyProbeHandler {

    private final JdbcTemplate jdbc;
    private final Set<String> failingLabels = ConcurrentHashMap.newKeySet();

    FaultyProbeHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void failFor(String label) {
        failingLabels.add(label);
    }

    void fixFor(String label) {
        failingLabels.remove(label);
    }

    @EventHandler
    void on(ProbeStarted event) {
        if (failingLabels.contains(event.label())) {
            jdbc.queryForObject("select 1 / 0", Integer.class);
        }
    }
}
