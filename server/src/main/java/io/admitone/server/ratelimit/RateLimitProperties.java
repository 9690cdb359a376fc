package io.admitone.server.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/** Route groups, each with a path pattern and how many requests one caller may make per period. */
@ConfigurationProperties("admitone.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue Map<String, Group> groups) {

    public record Group(String pattern, long requests, Duration per) {
    }
}
