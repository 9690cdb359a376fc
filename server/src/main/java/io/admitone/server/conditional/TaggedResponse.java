package io.admitone.server.conditional;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * A successful read's response, written once its whole body is known: with its {@code ETag}, or as {@code 304}
 * without a body when the client's {@code If-None-Match} already names that tag.
 */
class TaggedResponse extends ServerHttpResponseDecorator {

    private final List<String> ifNoneMatch;

    TaggedResponse(ServerHttpResponse delegate, List<String> ifNoneMatch) {
        super(delegate);
        this.ifNoneMatch = ifNoneMatch;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        if (getStatusCode() != null && getStatusCode().value() != HttpStatus.OK.value()) {
            return super.writeWith(body);
        }
        return DataBufferUtils.join(body).flatMap(whole -> {
            String tag = EntityTags.of(whole);
            getHeaders().setETag(tag);
            if (EntityTags.anyMatches(ifNoneMatch, tag)) {
                DataBufferUtils.release(whole);
                setStatusCode(HttpStatus.NOT_MODIFIED);
                getHeaders().remove(HttpHeaders.CONTENT_TYPE);
                getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
                return setComplete();
            }
            return super.writeWith(Mono.just(whole));
        });
    }
}
