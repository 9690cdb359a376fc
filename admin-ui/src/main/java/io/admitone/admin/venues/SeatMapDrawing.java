package io.admitone.admin.venues;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import io.admitone.kernel.catalog.venue.SectionKind;

import java.util.List;
import java.util.Locale;

/**
 * Draws a seat map as a grid of small squares per section, coloured by price zone or, for a performance, by each
 * seat's status, with a legend. A large map is drawn up to {@link #MAX_DRAWN_SEATS}; the sections beyond are
 * summarised, and can be drawn one at a time.
 */
class SeatMapDrawing extends Div {

    static final int MAX_DRAWN_SEATS = 3_000;

    private final Div legend = new Div();
    private final Div sections = new Div();

    SeatMapDrawing() {
        addClassName("seat-map");
        setId("venue-seat-map");
        legend.addClassName("seat-map-legend");
        legend.setId("seat-map-legend");
        sections.addClassName("seat-map-sections");
        add(legend, sections);
    }

    /** Draws {@code plan}, only its section {@code onlySection} unless that is null, in {@code colouring}. */
    void draw(SeatPlan plan, String onlySection, SeatColouring colouring) {
        legend.removeAll();
        sections.removeAll();
        List<SeatPlan.Section> shown = plan.sections().stream()
                .filter(section -> onlySection == null || section.name().equals(onlySection)).toList();
        SeatMapLegend.fill(legend, shown, colouring);
        int drawn = 0;
        for (SeatPlan.Section section : shown) {
            drawn += drawSection(section, MAX_DRAWN_SEATS - drawn, colouring);
        }
    }

    private int drawSection(SeatPlan.Section section, int room, SeatColouring colour) {
        Section box = new Section();
        box.addClassName("seat-section");
        sections.add(box);
        if (section.kind() == SectionKind.STANDING) {
            box.add(new H3(section.name()), standing(section.capacity()));
            return 0;
        }
        box.add(new H3(section.name() + " · " + section.seatCount() + " seats"));
        if (room <= 0) {
            box.add(new Paragraph("Not drawn here: choose this section above to draw its seats."));
            return 0;
        }
        Div grid = new Div();
        grid.addClassName("seat-grid");
        grid.getElement().setAttribute("role", "img");
        grid.getElement().setAttribute("aria-label", "Seats of section " + section.name());
        box.add(grid);
        int drawn = 0;
        for (SeatPlan.Row row : section.rows()) {
            if (drawn + row.seats().size() > room) {
                box.add(new Paragraph("Only the first " + drawn + " seats are drawn."));
                break;
            }
            grid.add(row(row, colour));
            drawn += row.seats().size();
        }
        return drawn;
    }

    private static Div row(SeatPlan.Row row, SeatColouring colour) {
        Span label = new Span(row.label());
        label.addClassName("seat-row-label");
        Div line = new Div(label);
        line.addClassName("seat-row");
        for (SeatPlan.Seat seat : row.seats()) {
            Span square = new Span();
            square.addClassNames("seat", colour.colourOf(seat));
            square.getElement().setAttribute("title", describe(seat));
            line.add(square);
        }
        return line;
    }

    private static String describe(SeatPlan.Seat seat) {
        StringBuilder text = new StringBuilder(seat.key()).append(" · ").append(seat.priceZone());
        seat.flags().forEach(flag -> text.append(" · ").append(flag));
        if (seat.status() != null) {
            text.append(" · ").append(seat.status().toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }

    private static Div standing(Integer capacity) {
        Div area = new Div(new Span("Standing · " + capacity + " places"));
        area.addClassName("standing-area");
        return area;
    }
}
