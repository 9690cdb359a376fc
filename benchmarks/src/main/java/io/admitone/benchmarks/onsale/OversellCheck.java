package io.admitone.benchmarks.onsale;

import io.admitone.benchmarks.common.Api;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether anything was oversold, from both sides: availability's held and sold per section against its capacity,
 * and a replay of every partition's events from the event store, in sequence, checking after each event that a
 * standing slice never holds more than its capacity and that no seat is held twice.
 */
final class OversellCheck {

    private static final String KERNEL = "io.admitone.kernel.inventory.";

    record Result(long availabilityOversold, long replayOversold, long replayedEvents, long replayedHeldPlaces) {

        long oversold() {
            return availabilityOversold + replayOversold;
        }
    }

    static Result check(Api api, OnSale onSale, String jdbcUrl) throws SQLException {
        long fromAvailability = 0;
        JsonNode availability = Api.expect(200, api.get(onSale.availabilityPath(), false)).body();
        for (JsonNode section : availability.get("sections")) {
            long taken = section.get("held").asLong() + section.get("sold").asLong();
            fromAvailability += Math.max(0, taken - section.get("capacity").asLong());
        }
        return replay(jdbcUrl, fromAvailability);
    }

    private static Result replay(String jdbcUrl, long fromAvailability) throws SQLException {
        Map<String, Partition> partitions = new HashMap<>();
        long events = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", null);
             Statement query = db.createStatement()) {
            query.setFetchSize(1000);
            db.setAutoCommit(false);
            try (ResultSet rows = query.executeQuery("""
                    select aggregate_identifier, payload_type, convert_from(payload, 'UTF8')
                      from axon.domain_event_entry
                     where payload_type like 'io.admitone.kernel.inventory.%'
                     order by aggregate_identifier, sequence_number""")) {
                while (rows.next()) {
                    partitions.computeIfAbsent(rows.getString(1), id -> new Partition())
                            .apply(rows.getString(2).substring(KERNEL.length()), Api.JSON.readTree(rows.getString(3)));
                    events++;
                }
            }
        }
        long oversold = partitions.values().stream().mapToLong(partition -> partition.oversold).sum();
        long held = partitions.values().stream().mapToLong(partition -> partition.heldEver).sum();
        return new Result(fromAvailability, oversold, events, held);
    }

    /** One partition's state as its events build it, and how far it ever went over. */
    private static final class Partition {

        private long capacity;
        private final Map<String, Long> heldByHold = new HashMap<>();
        private final Set<String> heldSeats = new HashSet<>();
        long oversold;
        long heldEver;

        void apply(String type, JsonNode event) {
            switch (type) {
                case "StandingPartitionOpened", "StandingCapacityChanged" -> capacity = event.get("capacity").asLong();
                case "StandingPlacesHeld" -> {
                    long quantity = event.get("quantity").asLong();
                    heldByHold.merge(event.get("holdId").toString(), quantity, Long::sum);
                    heldEver += quantity;
                    long held = heldByHold.values().stream().mapToLong(Long::longValue).sum();
                    oversold = Math.max(oversold, held - capacity);
                }
                case "StandingPlacesReleased" -> heldByHold.remove(event.get("holdId").toString());
                case "SeatsHeld" -> {
                    for (JsonNode seat : event.get("seats")) {
                        heldEver++;
                        if (!heldSeats.add(seat.get("key").asString())) {
                            oversold++;
                        }
                    }
                }
                case "SeatsReleased" -> event.get("seats").forEach(seat -> heldSeats.remove(seat.get("key").asString()));
                default -> {
                }
            }
        }
    }
}
