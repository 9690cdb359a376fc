package io.admitone.command.catalog.venue;

import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of one section: pure checks that answer the section in canonical form or say what is wrong. */
final class SectionRules {

    static final int MAX_STANDING_CAPACITY = 1_000_000;

    private SectionRules() {
    }

    static SectionLayout validated(SectionLayout section) {
        String where = "Section '" + section.name() + "'";
        if (!RowRules.isLabel(section.name())) {
            throw new InvalidSeatMap(where + ": a section name must be " + RowRules.LABEL_RULE);
        }
        if (section.kind() == null) {
            throw new InvalidSeatMap(where + ": kind must be SEATED or STANDING");
        }
        return section.kind() == SectionKind.SEATED ? seated(where, section) : standing(where, section);
    }

    static long seatCount(SectionLayout section) {
        return section.rows().stream().mapToLong(RowRules::seatCount).sum();
    }

    /** How many people a valid section holds, counted without expanding its rows. */
    static long places(SectionLayout section) {
        return section.kind() == SectionKind.SEATED ? seatCount(section) : section.capacity();
    }

    private static SectionLayout standing(String where, SectionLayout section) {
        if (!section.rows().isEmpty()) {
            throw new InvalidSeatMap(where + ": a standing section has no rows; give it a capacity instead");
        }
        if (section.priceZone() != null) {
            throw new InvalidSeatMap(where + ": a standing section has no price zone; ticket types sell it by section");
        }
        Integer capacity = section.capacity();
        if (capacity == null || capacity < 1 || capacity > MAX_STANDING_CAPACITY) {
            throw new InvalidSeatMap(where + ": a standing section needs a capacity of 1 to " + MAX_STANDING_CAPACITY
                    + ", not " + capacity);
        }
        return new SectionLayout(section.name(), SectionKind.STANDING, null, List.of(), capacity);
    }

    private static SectionLayout seated(String where, SectionLayout section) {
        if (section.capacity() != null) {
            throw new InvalidSeatMap(where + ": a seated section holds as many as its seats; leave out capacity");
        }
        if (section.rows().isEmpty()) {
            throw new InvalidSeatMap(where + ": a seated section needs at least one row");
        }
        if (section.priceZone() != null && !RowRules.isPriceZone(section.priceZone())) {
            throw new InvalidSeatMap(where + ": price zone '" + section.priceZone() + "' must be " + RowRules.ZONE_RULE);
        }
        Set<String> labels = new HashSet<>();
        List<RowLayout> rows = new ArrayList<>(section.rows().size());
        for (RowLayout row : section.rows()) {
            RowLayout checked = RowRules.validated(section, row);
            if (!labels.add(checked.label())) {
                throw new InvalidSeatMap(where + ", row '" + checked.label()
                        + "': appears twice; row labels must be unique within a section");
            }
            rows.add(checked);
        }
        return new SectionLayout(section.name(), SectionKind.SEATED, section.priceZone(), rows, null);
    }
}
