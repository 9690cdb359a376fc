package io.admitone.query.webhooks;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.util.List;

/**
 * A delivery with the envelope it sends, shown as the JSON it is (byte for byte what is signed), and every attempt
 * in order.
 */
public record WebhookDeliveryDetail(@JsonUnwrapped WebhookDeliveryView delivery, @JsonRawValue String payload,
                                    List<Attempt> attemptLog) {

    /**
     * One attempt: {@code statusCode} is null when no answer came ({@code error} says why), {@code nextAttemptAt}
     * when the attempt failed and another is due.
     */
    public record Attempt(int attempt, Instant attemptedAt, Integer statusCode, int latencyMs, String responseExcerpt,
                          String error, Instant nextAttemptAt) {
    }
}
