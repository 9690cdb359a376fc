package io.admitone.server.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How long answers are kept for repeats, the largest request or response body handled, and how long a repeat
 * waits for the first request with its key to finish.
 */
@ConfigurationProperties("admitone.idempotency")
public record IdempotencyProperties(@DefaultValue("PT24H") Duration retention,
                                    @DefaultValue("1MB") DataSize maxBodySize,
                                    @DefaultValue("PT30S") Duration waitTimeout) {
}
