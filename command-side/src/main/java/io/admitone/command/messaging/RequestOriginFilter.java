package io.admitone.command.messaging;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the request's origin once, answers with its correlation id in {@code X-Request-Id}, and puts the
 * origin into the Reactor context, where {@link CommandSender} finds it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestOriginFilter implements WebFilter {

    static final String REQUEST_ID = "X-Request-Id";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Client-chosen ids are kept only when they are short and plain, so they are safe to log and store. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String correlationId = safeHeader(request, REQUEST_ID).orElseGet(() -> UUID.randomUUID().toString());
        RequestOrigin origin = new RequestOrigin(correlationId, RequestOrigin.ANONYMOUS,
                clientAddress(request), safeHeader(request, IDEMPOTENCY_KEY).orElse(null));
        exchange.getResponse().getHeaders().set(REQUEST_ID, correlationId);
        return chain.filter(exchange).contextWrite(context -> context.put(RequestOrigin.class, origin));
    }

    private static Optional<String> safeHeader(ServerHttpRequest request, String name) {
        return Optional.ofNullable(request.getHeaders().getFirst(name)).filter(v -> SAFE_ID.matcher(v).matches());
    }

    private static String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
    }
}
