package io.admitone.plugin.api.widget;

import java.util.List;

/** What a widget shows: a headline (a figure, a word) and lines of a label and a value. Plain text, never markup. */
public record WidgetContent(String headline, List<Line> lines) {

    public WidgetContent {
        lines = List.copyOf(lines);
    }

    public record Line(String label, String value) {
    }
}
