package io.admitone.server.ratelimit;

import io.admitone.server.web.RequestCallers;
import io.admitone.server.web.TooManyRequests;
import org.redisson.api.RateType;
import org.redisson.api.RedissonReactiveClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Map;

/**
 * Counts each request against its route group's limit in a Redisson rate limiter. It runs after
 * authentication, so a signed-in caller has a budget of its own wherever it connects from.
 */
@Component
@ConditionalOnBooleanProperty(name = "admitone.rate-limits.enabled", matchIfMissing = true)
class RateLimitFilter implements WebFilter, Ordered {

    private static final String PREFIX = "admitone:rate-limit:";

    private final RouteGroups groups;
    private final RedissonReactiveClient redis;

    RateLimitFilter(RateLimitProperties properties, RedissonReactiveClient redis) {
        this.groups = new RouteGroups(properties.groups());
        this.redis = redis;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return groups.limitFor(exchange.getRequest().getPath().pathWithinApplication())
                .map(limit -> RequestCallers.of(exchange).flatMap(caller -> acquire(limit, caller))
                        // the rest of the request must not run on, and hold up, the Redis client's I/O threads
                        .publishOn(Schedulers.parallel())
                        .flatMap(allowed -> allowed ? chain.filter(exchange) : rejected(limit)))
                .orElseGet(() -> chain.filter(exchange));
    }

    /**
     * One round trip per request: the limiter's rate is set only when Redis does not know it yet (first use,
     * or after it expired idle). The rate is part of the key, so a changed limit starts new buckets.
     */
    private Mono<Boolean> acquire(RouteGroups.Limit limit, String caller) {
        var limiter = redis.getRateLimiter(PREFIX + limit.group() + ":" + limit.requests() + "/" + limit.per() + ":" + caller);
        return limiter.tryAcquire().onErrorResume(RateLimitFilter::notInitialised, uninitialised -> limiter
                .trySetRate(RateType.OVERALL, limit.requests(), limit.per(), limit.per().multipliedBy(2))
                .then(limiter.tryAcquire()));
    }

    private static boolean notInitialised(Throwable error) {
        return String.valueOf(error.getMessage()).contains("RateLimiter is not initialized");
    }

    private static Mono<Void> rejected(RouteGroups.Limit limit) {
        Duration perRequest = limit.per().dividedBy(Math.max(1, limit.requests()));
        long retryAfter = Math.max(1, (perRequest.toMillis() + 999) / 1000);
        return Mono.error(new TooManyRequests("rate-limited", "Too many requests for " + limit.group()
                + "; retry after " + retryAfter + " s", retryAfter, Map.of()));
    }
}
