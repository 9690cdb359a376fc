package io.admitone.admin.dashboard;

/** How many of the board's twelve columns and how many rows a widget spans. */
public record WidgetSize(int width, int height) {

    public static final int COLUMNS = 12;
    public static final int MAX_HEIGHT = 6;

    public WidgetSize {
        width = Math.clamp(width, 1, COLUMNS);
        height = Math.clamp(height, 1, MAX_HEIGHT);
    }

    /** This size grown (or, with negative steps, shrunk) by columns and rows, kept within the board's limits. */
    public WidgetSize plus(int columns, int rows) {
        return new WidgetSize(width + columns, height + rows);
    }
}
