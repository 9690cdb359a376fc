package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.inventory.PartitionId;

import java.util.List;

/** What one inventory partition holds for a hold: a quantity of standing places, or seats. */
public record HeldPlaces(PartitionId partitionId, int quantity, List<String> seats) {

    public HeldPlaces {
        seats = seats == null ? List.of() : List.copyOf(seats);
    }

    public static HeldPlaces standing(PartitionId partitionId, int quantity) {
        return new HeldPlaces(partitionId, quantity, List.of());
    }

    public static HeldPlaces seats(PartitionId partitionId, List<String> seats) {
        return new HeldPlaces(partitionId, seats.size(), seats);
    }
}
