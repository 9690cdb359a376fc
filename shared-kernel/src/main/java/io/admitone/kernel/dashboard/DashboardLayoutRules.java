package io.admitone.kernel.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a valid layout: at most {@link #MAX_WIDGETS} widgets, each of a type of 1 to 64 lower-case letters,
 * digits and hyphens, placed within the grid. The API checks a request against the same limits field by field.
 */
public final class DashboardLayoutRules {

    public static final int MAX_WIDGETS = 24;
    public static final String TYPE_PATTERN = "[a-z0-9-]{1,64}";
    public static final int COLUMNS = 12;
    public static final int ROWS = 100;
    public static final int MAX_HEIGHT = 6;

    private static final Pattern TYPE = Pattern.compile(TYPE_PATTERN);

    private DashboardLayoutRules() {
    }

    /** Why the layout is not valid, if it is not. */
    public static Optional<String> problemWith(List<DashboardWidget> widgets) {
        if (widgets.size() > MAX_WIDGETS) {
            return Optional.of("a layout has at most " + MAX_WIDGETS + " widgets");
        }
        return widgets.stream().map(DashboardLayoutRules::problemWith).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> problemWith(DashboardWidget widget) {
        if (widget.type() == null || !TYPE.matcher(widget.type()).matches()) {
            return Optional.of("a widget's type must match " + TYPE_PATTERN);
        }
        if (outside(widget.column(), COLUMNS) || outside(widget.width(), COLUMNS)
                || outside(widget.row(), ROWS) || outside(widget.height(), MAX_HEIGHT)) {
            return Optional.of("widget " + widget.type() + " has a column or width outside 1-" + COLUMNS
                    + ", a row outside 1-" + ROWS + " or a height outside 1-" + MAX_HEIGHT);
        }
        return Optional.empty();
    }

    private static boolean outside(int value, int max) {
        return value < 1 || value > max;
    }
}
