package io.admitone.kernel.dashboard;

/**
 * One widget of a dashboard: its type and its place on the grid, counted from 1 ({@code column} and {@code width} in
 * twelfths of the width, {@code row} and {@code height} in rows). {@link DashboardLayoutRules} says what is valid.
 */
public record DashboardWidget(String type, int column, int row, int width, int height) {
}
