package io.admitone.admin.dashboard;

import io.admitone.kernel.dashboard.DashboardLayoutRules;

/** How many of the board's twelve columns and how many rows a widget spans. */
public record WidgetSize(int width, int height) {

    public WidgetSize {
        width = Math.clamp(width, 1, DashboardLayoutRules.COLUMNS);
        height = Math.clamp(height, 1, DashboardLayoutRules.MAX_HEIGHT);
    }

    /** This size grown (or, with negative steps, shrunk) by columns and rows, kept within the board's limits. */
    public WidgetSize plus(int columns, int rows) {
        return new WidgetSize(width + columns, height + rows);
    }
}
