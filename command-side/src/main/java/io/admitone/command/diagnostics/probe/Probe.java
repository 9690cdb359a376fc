package io.admitone.command.diagnostics.probe;

import io.admitone.kernel.diagnostics.ProbeEchoed;
import io.admitone.kernel.diagnostics.ProbeId;
import io.admitone.kernel.diagnostics.ProbeStarted;
import io.admitone.kernel.diagnostics.StartProbeCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class Probe {

    static final String ECHO_DEADLINE = "probe-echo";

    @AggregateIdentifier
    private ProbeId probeId;
    private boolean echoed;

    Probe() {
    }

    @CommandHandler
    Probe(StartProbeCommand command, DeadlineManager deadlines) {
        apply(new ProbeStarted(command.probeId(), command.label(), command.echoAt()));
        deadlines.schedule(command.echoAt(), ECHO_DEADLINE, new EchoDue(command.probeId()));
    }

    @DeadlineHandler(deadlineName = ECHO_DEADLINE)
    void echo(EchoDue due, Clock clock) {
        if (!echoed) {
            apply(new ProbeEchoed(probeId, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(ProbeStarted event) {
        probeId = event.probeId();
    }

    @EventSourcingHandler
    void on(ProbeEchoed event) {
        echoed = true;
    }
}
