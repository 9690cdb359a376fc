package io.admitone.command.diagnostics.probe;

import io.admitone.kernel.diagnostics.ProbeEchoed;
import io.admitone.kernel.diagnostics.ProbeId;
import io.admitone.kernel.diagnostics.ProbeStarted;
import io.admitone.kernel.diagnostics.StartProbeCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class ProbeTest {

    private static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    private static final ProbeId PROBE = ProbeId.of("6f1c1f0e-7f4b-4a53-9d55-0f7d1c2a9b10");

    private AggregateTestFixture<Probe> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Probe.class);
        fixture.registerInjectableResource(Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC));
    }

    @Test
    void startingAProbeRecordsItAndSchedulesItsEcho() {
        Instant echoAt = NOW.plusSeconds(5);
        fixture.givenNoPriorActivity()
                .when(new StartProbeCommand(PROBE, "deploy check", echoAt))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProbeStarted(PROBE, "deploy check", echoAt))
                .expectScheduledDeadlineWithName(echoAt, Probe.ECHO_DEADLINE);
    }

    @Test
    void theEchoIsRecordedWhenTheDeadlineFires() {
        fixture.givenCommands(new StartProbeCommand(PROBE, "deploy check", NOW.plusSeconds(5)))
                .whenTimeAdvancesTo(NOW.plusSeconds(5))
                .expectTriggeredDeadlinesWithName(Probe.ECHO_DEADLINE)
                .expectEvents(new ProbeEchoed(PROBE, NOW.plusSeconds(5)));
    }

    @Test
    void aProbeEchoesOnlyOnce() {
        fixture.givenCommands(new StartProbeCommand(PROBE, "deploy check", NOW.plusSeconds(5)))
                .andGiven(new ProbeEchoed(PROBE, NOW))
                .whenTimeAdvancesTo(NOW.plusSeconds(5))
                .expectTriggeredDeadlinesWithName(Probe.ECHO_DEADLINE)
                .expectNoEvents();
    }
}
