package io.admitone.server.idempotency;

import io.admitone.server.web.RequestBodies;
import io.admitone.server.web.RequestCallers;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mutating calls under {@code /api/v1/} that carry an {@code Idempotency-Key} run at most once per caller and
 * key. It runs after authentication, which names the caller, and after rate limiting, so that repeats count
 * against the caller's budget; requests without the header pass straight through.
 */
@Component
class IdempotencyFilter implements WebFilter, Ordered {

    static final String HEADER = "Idempotency-Key";
    private static final Set<HttpMethod> MUTATING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");

    private final IdempotentExecutions executions;
    private final int maxBodySize;

    IdempotencyFilter(IdempotentExecutions executions, IdempotencyProperties properties) {
        this.executions = executions;
        this.maxBodySize = (int) Math.min(Integer.MAX_VALUE, properties.maxBodySize().toBytes());
    }

    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        List<String> keys = request.getHeaders().get(HEADER);
        if (keys == null || keys.isEmpty() || !applies(request)) {
            return chain.filter(exchange);
        }
        if (keys.size() != 1 || !VALID_KEY.matcher(keys.getFirst()).matches()) {
            return Mono.error(new ServerWebInputException(HEADER + " must be 1 to 255 printable ASCII characters"));
        }
        return Mono.zip(RequestCallers.of(exchange), body(request))
                .map(callerAndBody -> IdempotentRequest.of(callerAndBody.getT1(), keys.getFirst(), request,
                        callerAndBody.getT2()))
                .flatMap(idempotent -> executions.run(exchange, chain, idempotent));
    }

    private static boolean applies(ServerHttpRequest request) {
        return MUTATING.contains(request.getMethod())
                && request.getPath().pathWithinApplication().value().startsWith("/api/v1/");
    }

    private Mono<byte[]> body(ServerHttpRequest request) {
        return RequestBodies.read(request, maxBodySize, "The body is too large for a request with " + HEADER);
    }
}
