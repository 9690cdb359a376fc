package io.admitone.server.idempotency;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request with an {@code Idempotency-Key}: where its entry lives (the caller and the key), the fingerprint
 * that a repeat must match (method, path, query and body), and the body, read once and kept only in memory.
 */
record IdempotentRequest(String entryKey, String fingerprint, byte[] body) {

    static IdempotentRequest of(String caller, String idempotencyKey, ServerHttpRequest request, byte[] body) {
        String entryKey = sha256(utf8(caller), utf8(idempotencyKey));
        String fingerprint = sha256(utf8(idempotencyKey), utf8(request.getMethod().name()),
                utf8(request.getPath().pathWithinApplication().value()),
                utf8(String.valueOf(request.getURI().getRawQuery())), body);
        return new IdempotentRequest(entryKey, fingerprint, body);
    }

    /** The original request with its body served from memory, as often as the handler reads it. */
    ServerHttpRequest replaying(ServerHttpRequest original, DataBufferFactory buffers) {
        return new ServerHttpRequestDecorator(original) {
            @Override
            public Flux<DataBuffer> getBody() {
                return body.length == 0 ? Flux.empty() : Flux.defer(() -> Flux.just(buffers.wrap(body)));
            }
        };
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Each part is preceded by its length, so that no two different lists of parts digest alike. */
    private static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(utf8(part.length + ":"));
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
