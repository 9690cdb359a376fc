package io.admitone.kernel.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.admitone.kernel.catalog.event.PerformanceId;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** An inventory partition; a name-based UUID of its performance and key ({@code A}, or {@code Floor#3} for a slice). */
public record PartitionId(@JsonValue UUID value) {

    public PartitionId {
        Objects.requireNonNull(value, "partition id");
    }

    @JsonCreator
    public static PartitionId of(String value) {
        return new PartitionId(UUID.fromString(value));
    }

    public static PartitionId of(PerformanceId performanceId, String key) {
        return new PartitionId(UUID.nameUUIDFromBytes(
                ("inventory-partition:" + performanceId + ":" + key).getBytes(StandardCharsets.UTF_8)));
    }

    /** The key of slice {@code index} of a standing section. */
    public static String sliceKey(String section, int index) {
        return section + "#" + index;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
