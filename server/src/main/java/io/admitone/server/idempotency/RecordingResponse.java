package io.admitone.server.idempotency;

import io.admitone.server.idempotency.IdempotencyEntry.StoredResponse;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Hands the answer to a recorder before any of it reaches the client, so that a repeat sent as soon as the
 * client has the answer finds it stored. Server errors and bodies over the size limit are not recorded.
 */
class RecordingResponse extends ServerHttpResponseDecorator {

    static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION, HttpHeaders.ETAG,
            "X-AdmitOne-Position");

    private final long maxBodySize;
    private final Function<StoredResponse, Mono<Void>> recorder;
    private final AtomicBoolean recorded = new AtomicBoolean();

    RecordingResponse(ServerHttpResponse delegate, long maxBodySize, Function<StoredResponse, Mono<Void>> recorder) {
        super(delegate);
        this.maxBodySize = maxBodySize;
        this.recorder = recorder;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        return Flux.from(body).collectList()
                .doOnDiscard(DataBuffer.class, DataBufferUtils::release)
                .flatMap(buffers -> record(buffers).then(super.writeWith(Flux.fromIterable(buffers))));
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
        return writeWith(Flux.from(body).concatMap(Flux::from));
    }

    @Override
    public Mono<Void> setComplete() {
        return record(List.of()).then(super.setComplete());
    }

    private Mono<Void> record(List<? extends DataBuffer> buffers) {
        if (!recorded.compareAndSet(false, true)) {
            return Mono.empty();
        }
        HttpStatusCode status = getStatusCode() == null ? HttpStatus.OK : getStatusCode();
        long size = buffers.stream().mapToLong(DataBuffer::readableByteCount).sum();
        if (status.is5xxServerError() || size > maxBodySize) {
            return Mono.empty();
        }
        return recorder.apply(new StoredResponse(status.value(), keptHeaders(), bytes(buffers, (int) size)));
    }

    private Map<String, List<String>> keptHeaders() {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            List<String> values = getHeaders().get(name);
            if (values != null && !values.isEmpty()) {
                kept.put(name, List.copyOf(values));
            }
        }
        return kept;
    }

    private static byte[] bytes(List<? extends DataBuffer> buffers, int size) {
        byte[] bytes = new byte[size];
        int at = 0;
        for (DataBuffer buffer : buffers) {
            int length = buffer.readableByteCount();
            buffer.toByteBuffer(buffer.readPosition(), ByteBuffer.wrap(bytes), at, length);
            at += length;
        }
        return bytes;
    }
}
