package io.admitone.command.inventory;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.inventory.HeldSeat;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.SeatsSold;
import io.admitone.kernel.inventory.StandingPartitionOpened;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.inventory.StandingPlacesReturned;
import io.admitone.kernel.inventory.StandingPlacesSold;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.admitone.command.inventory.InventoryOpenerTest.EVENT;
import static io.admitone.command.inventory.InventoryOpenerTest.NOW;
import static io.admitone.command.inventory.InventoryOpenerTest.PERFORMANCE;
import static io.admitone.command.inventory.InventoryOpenerTest.TENANT;
import static io.admitone.command.inventory.InventoryOpenerTest.standing;
import static io.admitone.command.inventory.StandingPartitionTest.EXPIRES;
import static io.admitone.command.inventory.StandingPartitionTest.HOLD;
import static io.admitone.command.inventory.StandingPartitionTest.ORDER;
import static io.admitone.command.inventory.StandingPartitionTest.OTHER_HOLD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Partitions with holds go through the JSON serializer the server configures (fields visible): a busy partition
 * is snapshotted often, and a snapshot must keep every seat's holder and every hold's places, and what was sold to
 * which order.
 */
class PartitionSnapshotTest {

    private static final PartitionId SECTION = PartitionId.of(PERFORMANCE, "A");
    private static final SeatsHeld SEATS_HELD = new SeatsHeld(SECTION, TENANT, PERFORMANCE, HOLD,
            List.of(new HeldSeat("A-1-2", "front")), EXPIRES, NOW);
    private static final UUID RETURNED_TICKET = UUID.fromString("0d1e2f3a-4b5c-4d6e-8f70-000000000003");
    private static final StandingPartitionOpened SLICE = standing("Floor", 0, 1, 500);
    private static final StandingPlacesHeld PLACES_HELD = new StandingPlacesHeld(SLICE.partitionId(), TENANT,
            PERFORMANCE, "Floor", 0, OTHER_HOLD, 7, EXPIRES, NOW);

    private final Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.changeDefaultVisibility(
                    visibility -> visibility.withFieldVisibility(JsonAutoDetect.Visibility.ANY)))
            .build();

    @Test
    void holdEventsReadBackAsTheyWereWritten() {
        for (Object event : List.of(SEATS_HELD, new SeatsReleased(SECTION, TENANT, PERFORMANCE, HOLD,
                SEATS_HELD.seats(), true, NOW), PLACES_HELD, new StandingPlacesReleased(SLICE.partitionId(), TENANT,
                PERFORMANCE, "Floor", 0, OTHER_HOLD, 7, false, NOW))) {
            assertThat((Object) serializer.deserialize(serializer.serialize(event, byte[].class))).isEqualTo(event);
        }
    }

    @Test
    void aSeatedPartitionReadsBackFromItsSnapshotWithItsHeldSeats() {
        SeatedPartition partition = new SeatedPartition();
        partition.on(new SeatedPartitionOpened(SECTION, TENANT, EVENT, PERFORMANCE, new SectionLayout("A",
                SectionKind.SEATED, "front", List.of(new RowLayout("1", 3, null, null, Map.of())), null), NOW));
        partition.on(SEATS_HELD);

        String json = roundTrip(partition);

        assertThat(json).contains("A-1-2", HOLD.toString());
    }

    @Test
    void aStandingSliceReadsBackFromItsSnapshotWithItsHolds() {
        StandingPartition slice = new StandingPartition();
        slice.on(SLICE);
        slice.on(PLACES_HELD);

        String json = roundTrip(slice);

        assertThat(json).contains(OTHER_HOLD.toString(), "\"taken\":7");
    }

    @Test
    void partitionsReadBackFromTheirSnapshotsWithWhatTheySoldToWhichOrder() {
        SeatedPartition partition = new SeatedPartition();
        partition.on(new SeatedPartitionOpened(SECTION, TENANT, EVENT, PERFORMANCE, new SectionLayout("A",
                SectionKind.SEATED, "front", List.of(new RowLayout("1", 3, null, null, Map.of())), null), NOW));
        partition.on(SEATS_HELD);
        partition.on(new SeatsSold(SECTION, TENANT, PERFORMANCE, HOLD, ORDER, SEATS_HELD.seats(), NOW));
        StandingPartition slice = new StandingPartition();
        slice.on(SLICE);
        slice.on(PLACES_HELD);
        slice.on(new StandingPlacesSold(SLICE.partitionId(), TENANT, PERFORMANCE, "Floor", 0, OTHER_HOLD, ORDER, 7,
                NOW));
        slice.on(new StandingPlacesReturned(SLICE.partitionId(), TENANT, PERFORMANCE, "Floor", 0, ORDER,
                List.of(RETURNED_TICKET), NOW));

        assertThat(roundTrip(partition)).contains("A-1-2", ORDER.toString());
        assertThat(roundTrip(slice)).contains(ORDER.toString(), RETURNED_TICKET.toString(), "\"taken\":6");
    }

    /** Serialises, reads back and serialises again, which must give the same JSON. */
    private String roundTrip(Object aggregate) {
        SerializedObject<byte[]> snapshot = serializer.serialize(aggregate, byte[].class);
        Object restored = serializer.deserialize(snapshot);
        String json = new String(snapshot.getData());
        assertThat(new String(serializer.serialize(restored, byte[].class).getData())).isEqualTo(json);
        return json;
    }
}
