package io.admitone.server.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

/**
 * A 429 answer with its problem {@code code}, and {@code Retry-After}: how many seconds to wait before trying
 * again. {@code properties} go into the problem as they are.
 */
public class TooManyRequests extends ResponseStatusException {

    private final String code;
    private final long retryAfterSeconds;
    private final Map<String, Object> properties;

    public TooManyRequests(String code, String reason, long retryAfterSeconds, Map<String, Object> properties) {
        super(HttpStatus.TOO_MANY_REQUESTS, reason);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
        this.properties = Map.copyOf(properties);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return headers;
    }
}
