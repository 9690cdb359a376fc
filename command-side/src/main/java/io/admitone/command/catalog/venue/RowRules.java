package io.admitone.command.catalog.venue;

import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SeatFlag;
import io.admitone.kernel.catalog.venue.SectionLayout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of one row of a seated section. Labels have no '-', because a seat's key is {@code section-row-seat}
 * and must name one seat only; they are ASCII, because keys are typed at box offices and printed on tickets.
 */
final class RowRules {

    static final int MAX_SEATS_PER_ROW = 1_000;
    static final String LABEL_RULE = "1 to 16 letters (A-Z, a-z) and digits";
    static final String ZONE_RULE = "1 to 32 letters, digits, '-' and '_'";
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]{1,16}");
    private static final Pattern PRICE_ZONE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private RowRules() {
    }

    static boolean isLabel(String label) {
        return label != null && LABEL.matcher(label).matches();
    }

    static boolean isPriceZone(String zone) {
        return zone != null && PRICE_ZONE.matcher(zone).matches();
    }

    static long seatCount(RowLayout row) {
        return row.seatLabels() != null ? row.seatLabels().size() : row.seats() == null ? 0 : row.seats();
    }

    static RowLayout validated(SectionLayout section, RowLayout row) {
        String where = "Section '" + section.name() + "', row '" + row.label() + "'";
        if (!isLabel(row.label())) {
            throw new InvalidSeatMap(where + ": a row label must be " + LABEL_RULE);
        }
        if (row.seatLabels() == null) {
            requireSeatCount(where, row.seats());
        } else {
            requireSeatLabels(where, row);
        }
        String zone = row.priceZone() == null ? section.priceZone() : row.priceZone();
        if (zone == null) {
            throw new InvalidSeatMap(where + ": its seats need a price zone; give the section or the row one");
        }
        if (!isPriceZone(zone)) {
            throw new InvalidSeatMap(where + ": price zone '" + zone + "' must be " + ZONE_RULE);
        }
        return new RowLayout(row.label(), row.seats(), row.seatLabels(), row.priceZone(), flags(where, row));
    }

    private static void requireSeatCount(String where, Integer seats) {
        if (seats == null) {
            throw new InvalidSeatMap(where + ": a row needs seats (how many, numbered from 1) or seatLabels");
        }
        if (seats < 1 || seats > MAX_SEATS_PER_ROW) {
            throw new InvalidSeatMap(where + ": seats must be 1 to " + MAX_SEATS_PER_ROW + ", not " + seats);
        }
    }

    private static void requireSeatLabels(String where, RowLayout row) {
        if (row.seats() != null) {
            throw new InvalidSeatMap(where + ": give either seats or seatLabels, not both");
        }
        List<String> seatLabels = row.seatLabels();
        if (seatLabels.isEmpty() || seatLabels.size() > MAX_SEATS_PER_ROW) {
            throw new InvalidSeatMap(where + ": seatLabels must name 1 to " + MAX_SEATS_PER_ROW + " seats, not "
                    + seatLabels.size());
        }
        Set<String> labels = new HashSet<>();
        for (String label : seatLabels) {
            if (!isLabel(label)) {
                throw new InvalidSeatMap(where + ", seat '" + label + "': a seat label must be " + LABEL_RULE);
            }
            if (!labels.add(label)) {
                throw new InvalidSeatMap(where + ", seat '" + label
                        + "': appears twice; seat labels must be unique within a row");
            }
        }
    }

    /** Flags only for seats of the row; a seat with no flags is left out, so equal maps compare equal. */
    private static Map<String, Set<SeatFlag>> flags(String where, RowLayout row) {
        if (row.seatFlags().isEmpty()) {
            return Map.of();
        }
        Set<String> labels = row.seatLabels() == null ? null : new HashSet<>(row.seatLabels());
        Map<String, Set<SeatFlag>> flags = new HashMap<>();
        row.seatFlags().forEach((seat, seatFlags) -> {
            if (!(labels == null ? isNumberedSeat(seat, row.seats()) : labels.contains(seat))) {
                throw new InvalidSeatMap(where + ", seat '" + seat + "': has flags, but the row has no such seat");
            }
            if (seatFlags.stream().anyMatch(Objects::isNull)) {
                throw new InvalidSeatMap(where + ", seat '" + seat + "': flags must be known seat flags");
            }
            if (!seatFlags.isEmpty()) {
                flags.put(seat, Set.copyOf(seatFlags));
            }
        });
        return flags;
    }

    private static boolean isNumberedSeat(String seat, int seats) {
        return seat.matches("[1-9][0-9]{0,3}") && Integer.parseInt(seat) <= seats;
    }
}
