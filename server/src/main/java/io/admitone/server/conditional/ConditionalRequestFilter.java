package io.admitone.server.conditional;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ETags for every read under {@code /api/v1/}, and {@code If-Match} for changes of a resource. The write side is
 * event-sourced and keeps no version a client could name, so the tag is that of the read model: before a
 * {@code PATCH}, {@code PUT} or {@code DELETE} with {@code If-Match} runs, the resource at the same path is read as
 * the caller, and the change goes ahead only when its tag is among those named ({@code *}: when it exists at all).
 * A change the read model has not caught up with yet therefore looks like a concurrent change: 412, read again.
 * Runs after rate limiting, idempotency and read-your-writes, so the server's own read is counted nowhere.
 */
@Component
class ConditionalRequestFilter implements WebFilter, Ordered {

    private static final Set<HttpMethod> CHANGES = Set.of(HttpMethod.PATCH, HttpMethod.PUT, HttpMethod.DELETE);

    @Override
    public int getOrder() {
        return 30;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!request.getPath().pathWithinApplication().value().startsWith("/api/v1/")) {
            return chain.filter(exchange);
        }
        if (HttpMethod.GET.equals(request.getMethod())) {
            List<String> ifNoneMatch = request.getHeaders().getOrEmpty(HttpHeaders.IF_NONE_MATCH);
            return chain.filter(exchange.mutate()
                    .response(new TaggedResponse(exchange.getResponse(), ifNoneMatch)).build());
        }
        List<String> ifMatch = request.getHeaders().getOrEmpty(HttpHeaders.IF_MATCH);
        if (CHANGES.contains(request.getMethod()) && !ifMatch.isEmpty()) {
            return currentTag(exchange, chain).flatMap(tag -> tag.isPresent() && EntityTags.anyMatches(ifMatch,
                            tag.get())
                    ? chain.filter(exchange)
                    : Mono.error(new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
                            "The resource is not in the state If-Match names; read it again")));
        }
        return chain.filter(exchange);
    }

    private static Mono<Optional<String>> currentTag(ServerWebExchange exchange, WebFilterChain chain) {
        CurrentRepresentation current = new CurrentRepresentation(exchange.getResponse());
        ServerWebExchange read = exchange.mutate()
                .request(request -> request.method(HttpMethod.GET).headers(headers -> {
                    headers.remove(HttpHeaders.IF_MATCH);
                    headers.remove(HttpHeaders.CONTENT_TYPE);
                    headers.remove(HttpHeaders.CONTENT_LENGTH);
                }))
                .response(current)
                .build();
        return chain.filter(read)
                .then(Mono.fromSupplier(() -> Optional.ofNullable(current.tag())))
                .onErrorResume(noRepresentation -> Mono.just(Optional.empty()));
    }
}
