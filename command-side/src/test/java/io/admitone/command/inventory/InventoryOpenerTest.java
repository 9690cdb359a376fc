package io.admitone.command.inventory;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.inventory.OpenInventoryCommand;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import io.admitone.kernel.organisation.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryOpenerTest {

    static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    static final VenueId VENUE = VenueId.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    static final EventId EVENT = EventId.of("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b");
    static final PerformanceId PERFORMANCE = PerformanceId.of("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d");
    static final SectionLayout BALCONY = new SectionLayout("A", SectionKind.SEATED, "front",
            List.of(new RowLayout("1", 20, null, null, Map.of())), null);

    private final InventoryStore store = new InventoryStore();
    private final InMemoryOpenedPerformances opened = new InMemoryOpenedPerformances();

    @Test
    void eachSeatedSectionIsOnePartitionAndEachStandingSectionIsSliced() {
        open(new SectionLayout("Floor", SectionKind.STANDING, null, List.of(), 1201), BALCONY);

        assertThat(store.storedEvents()).containsExactly(
                standing("Floor", 0, 3, 401), standing("Floor", 1, 3, 400), standing("Floor", 2, 3, 400),
                new SeatedPartitionOpened(PartitionId.of(PERFORMANCE, "A"), TENANT, EVENT, PERFORMANCE, BALCONY, NOW));
    }

    @Test
    void aHugeFloorIsCutIntoAtMostSixtyFourSlices() {
        open(new SectionLayout("Field", SectionKind.STANDING, null, List.of(), 100_000));

        assertThat(store.storedEvents()).hasSize(64)
                .allSatisfy(event -> assertThat(((StandingPartitionOpened) event).capacity()).isBetween(1562, 1563));
    }

    @Test
    void anOpenedPerformanceIsFoundWithItsEventByItsOrganisationOnly() {
        open(BALCONY);

        assertThat(opened.eventOf(TENANT, PERFORMANCE)).contains(EVENT);
        assertThat(opened.eventOf(TenantId.random(), PERFORMANCE)).isEmpty();
    }

    @Test
    void openingAgainFindsThePartitionsOpen() {
        open(BALCONY);
        open(BALCONY);

        assertThat(store.storedEvents()).hasSize(1);
    }

    private void open(SectionLayout... sections) {
        VenueLayout venue = new VenueLayout(VENUE, TENANT, "Europe/Berlin", List.of(sections));
        InventoryOpener opener = new InventoryOpener(store.seated, store.standing, store.events, (tenant, id) -> venue,
                opened, Clock.fixed(NOW, ZoneOffset.UTC));
        OpenInventoryCommand command = new OpenInventoryCommand(PERFORMANCE, TENANT, EVENT, VENUE);
        var result = store.handle(command, () -> {
            opener.handle(command);
            return null;
        });
        assertThat(result.isExceptional()).as("opening failed: %s", result).isFalse();
    }

    static StandingPartitionOpened standing(String section, int slice, int slices, int capacity) {
        return new StandingPartitionOpened(PartitionId.of(PERFORMANCE, PartitionId.sliceKey(section, slice)), TENANT,
                EVENT, PERFORMANCE, section, slice, slices, capacity, NOW);
    }
}
