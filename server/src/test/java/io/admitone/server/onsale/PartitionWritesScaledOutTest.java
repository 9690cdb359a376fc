package io.admitone.server.onsale;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.HoldStandingPlacesCommand;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.server.AllAtOnce;
import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server instances on one database write to the same partition at once: a write that loses the race on the
 * event store's sequence check fails as a {@link ConcurrencyException}, which the coordination of a hold tries
 * again, and never as anything else.
 */
class PartitionWritesScaledOutTest {

    @Test
    void aWriteThatLosesTheRaceWithTheOtherInstanceFailsAsAConcurrencyConflict() throws InterruptedException {
        Map<String, String> properties = TestServers.freshInfrastructure();
        try (RunningServer first = RunningServer.start(properties); RunningServer second = RunningServer.start(properties)) {
            OnSaleFixture onSale = OnSaleFixture.onSale(first.admin(), first.http(),
                    OnSaleFixture.organisation(first.admin()));
            PartitionId slice = PartitionId.of(PerformanceId.of(onSale.performance()), "Floor#0");
            Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
            CommandGateway[] gateways = {first.context().getBean(CommandGateway.class),
                    second.context().getBean(CommandGateway.class)};

            List<Callable<Throwable>> writes = IntStream.range(0, 24).<Callable<Throwable>>mapToObj(i -> () -> {
                try {
                    gateways[i % 2].sendAndWait(new HoldStandingPlacesCommand(slice, HoldId.random(), 1, expiresAt));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }).toList();
            List<Throwable> failures = AllAtOnce.run(writes).stream().filter(e -> e != null).toList();

            assertThat(failures).allSatisfy(e -> assertThat(e).isInstanceOf(ConcurrencyException.class));
        }
    }
}
