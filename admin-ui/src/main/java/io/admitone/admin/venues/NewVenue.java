package io.admitone.admin.venues;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.admitone.kernel.catalog.venue.SectionKind;

import java.util.List;

/** The body of {@code POST .../venues}: the details and the seat map in its compact form, rows as seat counts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record NewVenue(String name, String timeZone, String city, String address, List<Section> sections) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Section(String name, SectionKind kind, String priceZone, List<Row> rows, Integer capacity) {
    }

    record Row(String label, int seats) {
    }

    static NewVenue of(VenueDetailsForm details, List<SectionDraft> sections) {
        return new NewVenue(details.name(), details.timeZone(), blankToNull(details.city()),
                blankToNull(details.address()), sections.stream().map(SectionDraft::toSection).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
