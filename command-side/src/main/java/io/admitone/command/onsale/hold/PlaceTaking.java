package io.admitone.command.onsale.hold;

import io.admitone.command.inventory.Partitions;
import io.admitone.command.inventory.PlacesSoldOut;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.HoldBestAvailableSeatsCommand;
import io.admitone.kernel.inventory.HoldSeatsCommand;
import io.admitone.kernel.inventory.HoldStandingPlacesCommand;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldLine;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Takes the places of one hold, partition by partition, and remembers what each took so that all of it can be
 * given back. Standing places come from the section's slices, starting at a random one so that buyers spread over
 * them, and a slice with too few free places gives what it has; seats of a zone come from the first section with
 * them side by side in a row, else from its sections in map order.
 */
final class PlaceTaking {

    record Hold(HoldId holdId, Instant expiresAt, MetaData metaData) {
    }

    private final PartitionCommands partitions;
    private final Hold hold;
    private final RandomGenerator random;
    private final Map<PartitionId, HeldPlaces> taken = new LinkedHashMap<>();
    private final List<HoldLine> lines = new ArrayList<>();

    PlaceTaking(PartitionCommands partitions, Hold hold, RandomGenerator random) {
        this.partitions = partitions;
        this.hold = hold;
        this.random = random;
    }

    void take(List<Wanted> wanted, PerformanceId performanceId) {
        for (Wanted next : wanted) {
            switch (next) {
                case Wanted.Seats seats -> seats(Partitions.seated(performanceId, seats.section()), seats);
                case Wanted.Zone zone -> zone(zone, zone.sections().stream()
                        .map(section -> Partitions.seated(performanceId, section)).toList());
                case Wanted.Standing standing -> standing(standing, Partitions.standing(performanceId,
                        standing.section()));
            }
        }
    }

    /** Gives back everything taken so far. */
    void giveBack() {
        partitions.release(hold.holdId(), taken.values(), hold.metaData());
    }

    List<HoldLine> lines() {
        return List.copyOf(lines);
    }

    List<HeldPlaces> places() {
        return List.copyOf(taken.values());
    }

    private void seats(PartitionId partition, Wanted.Seats wanted) {
        partitions.send(new HoldSeatsCommand(partition, hold.holdId(), wanted.seats(), hold.expiresAt()),
                hold.metaData());
        tookSeats(partition, wanted, wanted.seats());
    }

    private void zone(Wanted.Zone wanted, List<PartitionId> sections) {
        if (sections.size() > 1) {
            for (PartitionId section : sections) {
                Optional<List<String>> adjacent = bestAvailable(section, wanted, wanted.quantity(), true);
                if (adjacent.isPresent()) {
                    tookSeats(section, wanted, adjacent.get());
                    return;
                }
            }
        }
        int remaining = wanted.quantity();
        for (int i = 0; i < sections.size() && remaining > 0; i++) {
            PartitionId section = sections.get(i);
            remaining -= upTo(remaining, n -> tookSeats(section, wanted,
                    bestAvailable(section, wanted, n, false).orElseThrow()));
        }
        if (remaining > 0) {
            throw new Rejections.SoldOut("price zone " + wanted.zone(), wanted.quantity());
        }
    }

    private void standing(Wanted.Standing wanted, List<PartitionId> slices) {
        int start = random.nextInt(slices.size());
        int remaining = wanted.quantity();
        for (int i = 0; i < slices.size() && remaining > 0; i++) {
            PartitionId slice = slices.get((start + i) % slices.size());
            remaining -= upTo(remaining, n -> {
                partitions.send(new HoldStandingPlacesCommand(slice, hold.holdId(), n, hold.expiresAt()),
                        hold.metaData());
                took(HeldPlaces.standing(slice, n), Collections.nCopies(n, null), wanted);
            });
        }
        if (remaining > 0) {
            throw new Rejections.SoldOut("section " + wanted.section().name(), wanted.quantity());
        }
    }

    private Optional<List<String>> bestAvailable(PartitionId section, Wanted.Zone wanted, int quantity,
                                                 boolean adjacentOnly) {
        try {
            return Optional.of(partitions.send(new HoldBestAvailableSeatsCommand(section, hold.holdId(),
                    wanted.zone(), quantity, adjacentOnly, hold.expiresAt()), hold.metaData()));
        } catch (PlacesSoldOut e) {
            if (adjacentOnly) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Takes {@code wanted} places, or as many as the partition has free when that is fewer; answers how many. */
    private static int upTo(int wanted, IntConsumer take) {
        try {
            take.accept(wanted);
            return wanted;
        } catch (PlacesSoldOut e) {
            int available = Math.min(e.available(), wanted);
            if (available == 0) {
                return 0;
            }
            try {
                take.accept(available);
                return available;
            } catch (PlacesSoldOut meanwhileTaken) {
                return 0;
            }
        }
    }

    private void tookSeats(PartitionId partition, Wanted wanted, List<String> seats) {
        took(HeldPlaces.seats(partition, seats), seats, wanted);
    }

    private void took(HeldPlaces places, List<String> seats, Wanted wanted) {
        taken.merge(places.partitionId(), places, (before, more) -> new HeldPlaces(before.partitionId(),
                before.quantity() + more.quantity(), Stream.concat(before.seats().stream(), more.seats().stream())
                .toList()));
        seats.forEach(seat -> lines.add(new HoldLine(wanted.ticketTypeId(), seat, wanted.price(),
                places.partitionId())));
    }
}
