package io.admitone.command.catalog.venue;

import io.admitone.kernel.catalog.venue.SectionLayout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A validated seat map in the compact form it was entered in, with its totals. Seats are counted from the rows'
 * sizes, never by expanding them, so that an oversized map is refused before any work is spent on it.
 */
record SeatMap(List<SectionLayout> sections, int seatCount, int capacity) {

    static final int MAX_SECTIONS = 1_000;
    static final int MAX_SEATS = 100_000;

    SeatMap {
        sections = List.copyOf(sections);
    }

    static SeatMap validated(List<SectionLayout> sections) {
        if (sections.isEmpty() || sections.size() > MAX_SECTIONS) {
            throw new InvalidSeatMap("A venue needs 1 to " + MAX_SECTIONS + " sections, not " + sections.size());
        }
        Set<String> names = new HashSet<>();
        List<SectionLayout> valid = new ArrayList<>(sections.size());
        long seats = 0;
        long capacity = 0;
        for (SectionLayout section : sections) {
            SectionLayout checked = SectionRules.validated(section);
            if (!names.add(checked.name())) {
                throw new InvalidSeatMap("Section '" + checked.name() + "' appears twice; section names must be unique");
            }
            seats += SectionRules.seatCount(checked);
            capacity += SectionRules.places(checked);
            if (seats > MAX_SEATS) {
                throw new InvalidSeatMap("Section '" + checked.name() + "' takes the venue past " + MAX_SEATS
                        + " seats, the most a venue may have");
            }
            valid.add(checked);
        }
        return new SeatMap(valid, (int) seats, (int) capacity);
    }
}
