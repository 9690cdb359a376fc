package io.admitone.server.consistency;

import io.admitone.query.paging.InvalidParameter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Set;

/**
 * Writes under {@code /api/v1/} that succeed answer {@code X-AdmitOne-Position}: the stream's head once the write's
 * events are stored. A {@code GET} with {@code ?minPosition=} waits until the read models have passed that position,
 * for at most {@code admitone.read-your-writes.max-wait}, and answers anyway when the wait runs out, then with
 * {@code X-AdmitOne-Stale: true}. Runs inside the idempotency filter, so a repeated write answers the first
 * position again.
 */
@Component
class ReadYourWritesFilter implements WebFilter, Ordered {

    static final String POSITION = "X-AdmitOne-Position";
    static final String STALE = "X-AdmitOne-Stale";
    static final String MIN_POSITION = "minPosition";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final StreamPositions positions;
    private final Duration maxWait;
    private final Duration pollInterval;

    ReadYourWritesFilter(StreamPositions positions, ReadYourWritesProperties properties) {
        this.positions = positions;
        this.maxWait = properties.maxWait();
        this.pollInterval = properties.pollInterval();
    }

    @Override
    public int getOrder() {
        return 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!request.getPath().pathWithinApplication().value().startsWith("/api/v1/")) {
            return chain.filter(exchange);
        }
        if (WRITES.contains(request.getMethod())) {
            ServerHttpResponse response = exchange.getResponse();
            response.beforeCommit(() -> succeeded(response) ? positions.head()
                    .doOnNext(head -> response.getHeaders().set(POSITION, Long.toString(head))).then()
                    : Mono.empty());
            return chain.filter(exchange);
        }
        String minPosition = request.getQueryParams().getFirst(MIN_POSITION);
        if (HttpMethod.GET.equals(request.getMethod()) && minPosition != null) {
            return Mono.fromCallable(() -> parse(minPosition)).flatMap(this::awaitPosition).flatMap(passed -> {
                if (!passed) {
                    exchange.getResponse().getHeaders().set(STALE, "true");
                }
                return chain.filter(exchange);
            });
        }
        return chain.filter(exchange);
    }

    private static boolean succeeded(ServerHttpResponse response) {
        return response.getStatusCode() != null && response.getStatusCode().is2xxSuccessful();
    }

    /** True once the read models passed the position; false when {@code maxWait} ran out first. */
    private Mono<Boolean> awaitPosition(long position) {
        return positions.passed(position)
                .filter(Boolean::booleanValue)
                .repeatWhenEmpty(Integer.MAX_VALUE, attempts -> attempts.delayElements(pollInterval))
                .timeout(maxWait, Mono.just(false));
    }

    private static long parse(String minPosition) {
        try {
            long position = Long.parseLong(minPosition.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException notANumber) {
            // answered below like a negative one
        }
        throw new InvalidParameter(MIN_POSITION, "minPosition must be a position of the event stream, "
                + "a whole number of 0 or more, as X-AdmitOne-Position answers it");
    }
}
