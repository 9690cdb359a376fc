package io.admitone.admin.venues;

import io.admitone.kernel.catalog.venue.SectionKind;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One section of a new venue as the form builds it: a seated section as a number of equal rows, labelled 1 to n,
 * with a price zone; a standing section as a capacity.
 */
public record SectionDraft(String name, SectionKind kind, String priceZone, Integer rows, Integer seatsPerRow,
                    Integer capacity) {

    static final String LABEL = "[A-Za-z0-9]{1,16}";
    static final String PRICE_ZONE = "[A-Za-z0-9_-]{1,32}";
    static final int MAX_ROWS = 1_000;
    static final int MAX_SEATS_PER_ROW = 1_000;
    static final int MAX_CAPACITY = 1_000_000;

    static SectionDraft seated(String name, String priceZone, int rows, int seatsPerRow) {
        return new SectionDraft(name, SectionKind.SEATED, priceZone, rows, seatsPerRow, null);
    }

    boolean seated() {
        return kind == SectionKind.SEATED;
    }

    NewVenue.Section toSection() {
        if (!seated()) {
            return new NewVenue.Section(name, kind, null, null, capacity);
        }
        List<NewVenue.Row> rowList = IntStream.rangeClosed(1, rows)
                .mapToObj(row -> new NewVenue.Row(Integer.toString(row), seatsPerRow)).toList();
        return new NewVenue.Section(name, kind, priceZone, rowList, null);
    }
}
