package io.admitone.server.conditional;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.function.Supplier;

/**
 * The response of a read made on the server's own behalf to learn a resource's current tag: it keeps its status
 * and headers to itself, and hashes its body instead of sending it.
 */
class CurrentRepresentation extends ServerHttpResponseDecorator {

    private final HttpHeaders headers = new HttpHeaders();
    private HttpStatusCode status;
    private String tag;

    CurrentRepresentation(ServerHttpResponse delegate) {
        super(delegate);
    }

    /** The tag of the resource as read, or null when the read found none. */
    String tag() {
        return status == null || status.is2xxSuccessful() ? tag : null;
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    @Override
    public boolean setStatusCode(HttpStatusCode status) {
        this.status = status;
        return true;
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return status;
    }

    @Override
    public void beforeCommit(Supplier<? extends Mono<Void>> action) {
        // nothing of this response reaches the client, so nothing is to be done before it does
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        return DataBufferUtils.join(body).doOnNext(whole -> {
            tag = EntityTags.of(whole);
            DataBufferUtils.release(whole);
        }).then();
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
        return writeWith(Flux.from(body).concatMap(part -> part));
    }

    @Override
    public Mono<Void> setComplete() {
        return Mono.empty();
    }
}
