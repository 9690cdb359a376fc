package io.admitone.command.onsale.hold;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldExpired;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.kernel.onsale.hold.HoldReleased;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.admitone.command.onsale.hold.HoldFixtures.EVENT;
import static io.admitone.command.onsale.hold.HoldFixtures.EXPIRES;
import static io.admitone.command.onsale.hold.HoldFixtures.FLOOR;
import static io.admitone.command.onsale.hold.HoldFixtures.FLOOR_PRICE;
import static io.admitone.command.onsale.hold.HoldFixtures.HOLD;
import static io.admitone.command.onsale.hold.HoldFixtures.NOW;
import static io.admitone.command.onsale.hold.HoldFixtures.PERFORMANCE;
import static io.admitone.command.onsale.hold.HoldFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

/** Hold events and the hold's snapshot go through the JSON serializer the server configures (fields visible). */
class HoldSnapshotTest {

    private static final PartitionId SLICE = PartitionId.of(PERFORMANCE, "Floor#1");
    private static final List<HeldPlaces> PLACES = List.of(HeldPlaces.standing(SLICE, 1));
    private static final HoldPlaced PLACED = new HoldPlaced(HOLD, TENANT, EVENT, PERFORMANCE,
            List.of(new HoldLine(FLOOR, null, FLOOR_PRICE, SLICE)), Money.of("49.50", "EUR"), PLACES, "digest",
            EXPIRES, NOW);

    private final Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.changeDefaultVisibility(
                    visibility -> visibility.withFieldVisibility(JsonAutoDetect.Visibility.ANY)))
            .build();

    @Test
    void holdEventsReadBackAsTheyWereWritten() {
        for (Object event : List.of(PLACED, new HoldReleased(HOLD, TENANT, PERFORMANCE, PLACES, true, NOW),
                new HoldExpired(HOLD, TENANT, PERFORMANCE, PLACES, EXPIRES))) {
            assertThat((Object) serializer.deserialize(serializer.serialize(event, byte[].class))).isEqualTo(event);
        }
    }

    @Test
    void aHoldReadsBackFromItsSnapshot() {
        Hold hold = new Hold();
        hold.on(PLACED);
        SerializedObject<byte[]> snapshot = serializer.serialize(hold, byte[].class);

        Hold restored = serializer.deserialize(snapshot);
        String json = new String(snapshot.getData());

        assertThat(new String(serializer.serialize(restored, byte[].class).getData())).isEqualTo(json);
        assertThat(json).contains(PLACES.getFirst().partitionId().toString(), "\"live\":true", "digest");
    }
}
