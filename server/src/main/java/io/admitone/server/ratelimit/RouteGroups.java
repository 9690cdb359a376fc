package io.admitone.server.ratelimit;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the group a path belongs to; where several patterns match, the most specific one decides. */
final class RouteGroups {

    record Limit(String group, PathPattern pattern, long requests, java.time.Duration per) {
    }

    private final List<Limit> limits;

    RouteGroups(Map<String, RateLimitProperties.Group> groups) {
        this.limits = groups.entrySet().stream()
                .map(e -> new Limit(e.getKey(), PathPatternParser.defaultInstance.parse(e.getValue().pattern()),
                        e.getValue().requests(), e.getValue().per()))
                .sorted(Comparator.comparing(Limit::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
    }

    Optional<Limit> limitFor(PathContainer path) {
        return limits.stream().filter(limit -> limit.pattern().matches(path)).findFirst();
    }
}
