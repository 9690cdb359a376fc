package io.admitone.server.waitingroom;

import io.admitone.command.onsale.hold.AdmissionGate;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.organisation.TenantId;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The waiting room behind the hold endpoint: each attempt counts, then must pass the gate. */
@Component
class WaitingRoomAdmissionGate implements AdmissionGate {

    private final WaitingRoomGate gate;

    WaitingRoomAdmissionGate(WaitingRoomGate gate) {
        this.gate = gate;
    }

    @Override
    public Mono<Void> admit(TenantId tenant, PerformanceId performance, String admissionToken) {
        return gate.recordAttempt(tenant, performance.value())
                .then(gate.admit(tenant, performance.value(), admissionToken));
    }
}
