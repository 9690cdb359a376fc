package io.admitone.server.web;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * A request's whole body as bytes, up to a limit: refused with 413 {@code content-too-large} and the given reason as
 * soon as it is known to be longer (from its {@code Content-Length}, or while it is read); empty for no body.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static Mono<byte[]> read(ServerHttpRequest request, int maxBytes, String tooLarge) {
        if (request.getHeaders().getContentLength() > maxBytes) {
            return Mono.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge));
        }
        return DataBufferUtils.join(request.getBody(), maxBytes)
                .map(RequestBodies::bytes)
                .defaultIfEmpty(new byte[0])
                .onErrorMap(DataBufferLimitException.class,
                        exceeded -> new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge));
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
