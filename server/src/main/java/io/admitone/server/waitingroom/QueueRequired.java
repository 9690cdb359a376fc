package io.admitone.server.waitingroom;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.web.TooManyRequests;

import java.util.Map;
import java.util.UUID;

/**
 * The performance's waiting room is on and the request brought no usable admission: the buyer is to join the
 * queue. Answered as 429 {@code queue-required} with {@code Retry-After}.
 */
public final class QueueRequired extends TooManyRequests {

    /** The problem names the path of the queue to join as {@code queue}. */
    QueueRequired(TenantId tenant, UUID performanceId, long retryAfterSeconds, String why) {
        super("queue-required", why + "; join the waiting room of performance " + performanceId, retryAfterSeconds,
                Map.of("queue", "/api/v1/orgs/" + tenant + "/performances/" + performanceId + "/queue"));
    }
}
