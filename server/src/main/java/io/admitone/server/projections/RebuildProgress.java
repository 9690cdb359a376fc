package io.admitone.server.projections;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The status of the last rebuild of each projection on this instance, shared by the rebuild and the status. */
@Component
class RebuildProgress {

    private final Map<String, RebuildStatus> statuses = new ConcurrentHashMap<>();

    RebuildStatus of(String name) {
        return statuses.get(name);
    }

    boolean anyRunning() {
        return statuses.values().stream().anyMatch(RebuildStatus::running);
    }

    void set(String name, RebuildStatus status) {
        statuses.put(name, status);
    }

    void update(String name, UnaryOperator<RebuildStatus> change) {
        statuses.computeIfPresent(name, (ignored, status) -> change.apply(status));
    }
}
