package io.admitone.server.onsale;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.HoldSeatsCommand;
import io.admitone.kernel.inventory.HoldStandingPlacesCommand;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coordination of a hold stops after the partitions took their places and before the hold is recorded (the
 * process died): no hold exists, and each partition frees its places by itself at the expiry.
 */
class UnrecordedHoldExpiryTest extends ServerIntegrationTest {

    private static final Duration EXPIRED = Duration.ofSeconds(60);

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore events;

    @Test
    void placesTakenForAHoldThatWasNeverRecordedAreFreedAtTheExpiry() {
        OnSaleFixture onSale = OnSaleFixture.onSale(admin, http, createOrganisation("unrecorded"));
        PerformanceId performance = PerformanceId.of(onSale.performance());
        PartitionId section = PartitionId.of(performance, "A");
        PartitionId slice = PartitionId.of(performance, "Floor#0");
        HoldId hold = HoldId.random();
        Instant expiresAt = Instant.now().plus(Duration.ofSeconds(3));

        commands.sendAndWait(new HoldSeatsCommand(section, hold, List.of("A-1-7", "A-1-8"), expiresAt));
        commands.sendAndWait(new HoldStandingPlacesCommand(slice, hold, 4, expiresAt));

        await().atMost(EXPIRED).untilAsserted(() -> {
            assertThat(StoredEvents.of(events, section.toString())).filteredOn(SeatsReleased.class::isInstance)
                    .map(SeatsReleased.class::cast).singleElement().satisfies(released -> {
                        assertThat(released.holdId()).isEqualTo(hold);
                        assertThat(released.expired()).isTrue();
                        assertThat(released.seats()).hasSize(2);
                    });
            assertThat(StoredEvents.of(events, slice.toString())).filteredOn(StandingPlacesReleased.class::isInstance)
                    .map(StandingPlacesReleased.class::cast).singleElement().satisfies(released -> {
                        assertThat(released.holdId()).isEqualTo(hold);
                        assertThat(released.expired()).isTrue();
                        assertThat(released.quantity()).isEqualTo(4);
                    });
        });
        assertThat(StoredEvents.of(events, hold.toString())).isEmpty();
        await().atMost(EXPIRED).untilAsserted(() -> onSale.availability().jsonPath("$.available").isEqualTo(540));
        assertThat(onSale.seatStatus("A-1-7")).isEqualTo("FREE");
        assertThat(onSale.seatStatus("A-1-8")).isEqualTo("FREE");
        onSale.held(onSale.holdSeats("A-1-7", "A-1-8"));
    }
}
