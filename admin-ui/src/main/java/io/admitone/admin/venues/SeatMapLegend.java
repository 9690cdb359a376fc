package io.admitone.admin.venues;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The legend of a seat map: each colour with what it stands for and how many of the shown seats have it. */
final class SeatMapLegend {

    private SeatMapLegend() {
    }

    static void fill(Div legend, List<SeatPlan.Section> sections, SeatColouring colouring) {
        Map<String, Long> counts = sections.stream().flatMap(section -> section.rows().stream())
                .flatMap(row -> row.seats().stream())
                .collect(Collectors.groupingBy(colouring.keyOf(), Collectors.counting()));
        for (String key : colouring.keys()) {
            legend.add(entry(colouring.colourOf().apply(key), colouring.labelOf().apply(key),
                    counts.getOrDefault(key, 0L)));
        }
    }

    private static Span entry(String colour, String label, long seats) {
        Span swatch = new Span();
        swatch.addClassNames("swatch", colour);
        Span entry = new Span(swatch, new Span(label + ": " + seats));
        entry.addClassName("legend-entry");
        return entry;
    }
}
