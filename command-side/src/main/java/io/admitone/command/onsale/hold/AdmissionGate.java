package io.admitone.command.onsale.hold;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.organisation.TenantId;
import reactor.core.publisher.Mono;

/**
 * The performance's waiting room, as the hold endpoint meets it: every attempt is counted (enough of them switch
 * the room on), and while the room is on an attempt needs an admission, used up by it. The server implements it.
 */
public interface AdmissionGate {

    /** Completes when the attempt may go on; otherwise fails with a 429 {@code queue-required} problem. */
    Mono<Void> admit(TenantId tenant, PerformanceId performance, String admissionToken);
}
