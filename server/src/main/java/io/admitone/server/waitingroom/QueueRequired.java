package io.admitone.server.waitingroom;

import io.admitone.kernel.organisation.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.UUID;

/**
 * The performance's waiting room is on and the request brought no usable admission: the buyer is to join the
 * queue. Answered as 429 {@code queue-required} with {@code Retry-After}.
 */
public final class QueueRequired extends ResponseStatusException {

    private final long retryAfterSeconds;
    private final String queue;

    QueueRequired(TenantId tenant, UUID performanceId, long retryAfterSeconds, String why) {
        super(HttpStatus.TOO_MANY_REQUESTS, why + "; join the waiting room of performance " + performanceId);
        this.retryAfterSeconds = retryAfterSeconds;
        this.queue = "/api/v1/orgs/" + tenant + "/performances/" + performanceId + "/queue";
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The path of the queue to join. */
    public String queue() {
        return queue;
    }
}
