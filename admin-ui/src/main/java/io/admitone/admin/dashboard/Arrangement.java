package io.admitone.admin.dashboard;

import io.admitone.kernel.dashboard.DashboardLayoutRules;
import io.admitone.kernel.dashboard.DashboardWidget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The widgets of one board in reading order, each with its size, and where they land on the grid: each one at the
 * first place after its predecessor where it fits, as a CSS grid places items in rows. Moving a widget changes its
 * place in the order, so the grid and the keyboard's order always agree. Places are the kernel's
 * {@link DashboardWidget} records, as the API saves them.
 */
final class Arrangement {

    static final int MAX_WIDGETS = DashboardLayoutRules.MAX_WIDGETS;

    record Tile(String type, WidgetSize size) {
    }

    private final List<Tile> tiles = new ArrayList<>();

    /** The arrangement a saved layout describes: its widgets in the reading order of their places. */
    static Arrangement of(List<DashboardWidget> placed) {
        Arrangement arrangement = new Arrangement();
        placed.stream()
                .sorted(Comparator.comparingInt(DashboardWidget::row).thenComparingInt(DashboardWidget::column))
                .forEach(widget -> arrangement.add(widget.type(), new WidgetSize(widget.width(), widget.height())));
        return arrangement;
    }

    List<Tile> tiles() {
        return List.copyOf(tiles);
    }

    boolean contains(String type) {
        return indexOf(type) >= 0;
    }

    boolean isFull() {
        return tiles.size() >= MAX_WIDGETS;
    }

    void add(String type, WidgetSize size) {
        if (!contains(type) && !isFull()) {
            tiles.add(new Tile(type, size));
            undoIfBeyondTheLastRow(() -> tiles.removeLast());
        }
    }

    void remove(String type) {
        tiles.removeIf(tile -> tile.type().equals(type));
    }

    /** Moves a widget {@code steps} places later in the order (earlier when negative), as far as the ends allow. */
    void move(String type, int steps) {
        int from = indexOf(type);
        if (from >= 0) {
            tiles.add(Math.clamp(from + steps, 0, tiles.size() - 1), tiles.remove(from));
        }
    }

    /** Moves a widget to the place of another, which moves one place on: what dropping one on the other means. */
    void moveTo(String type, String target) {
        int from = indexOf(type);
        int to = indexOf(target);
        if (from >= 0 && to >= 0) {
            move(type, to - from);
        }
    }

    void resize(String type, int columns, int rows) {
        int at = indexOf(type);
        if (at >= 0) {
            Tile tile = tiles.get(at);
            tiles.set(at, new Tile(type, tile.size().plus(columns, rows)));
            undoIfBeyondTheLastRow(() -> tiles.set(at, tile));
        }
    }

    /** A layout may place widgets in its first rows only; a change that needs more is undone. */
    private void undoIfBeyondTheLastRow(Runnable undo) {
        if (placements().stream().anyMatch(placed -> placed.row() > DashboardLayoutRules.ROWS)) {
            undo.run();
        }
    }

    /** Each widget with the place the grid gives it. */
    List<DashboardWidget> placements() {
        GridCells taken = new GridCells();
        List<DashboardWidget> placed = new ArrayList<>();
        int row = 0;
        int column = 0;
        for (Tile tile : tiles) {
            int width = tile.size().width();
            int height = tile.size().height();
            while (!taken.free(row, column, width, height)) {
                column++;
                if (column + width > DashboardLayoutRules.COLUMNS) {
                    column = 0;
                    row++;
                }
            }
            taken.take(row, column, width, height);
            placed.add(new DashboardWidget(tile.type(), column + 1, row + 1, width, height));
        }
        return placed;
    }

    private int indexOf(String type) {
        for (int i = 0; i < tiles.size(); i++) {
            if (tiles.get(i).type().equals(type)) {
                return i;
            }
        }
        return -1;
    }

    /** The cells of the grid that widgets already cover. */
    private static final class GridCells {

        private final List<boolean[]> rows = new ArrayList<>();

        boolean free(int row, int column, int width, int height) {
            if (column + width > DashboardLayoutRules.COLUMNS) {
                return false;
            }
            for (int r = row; r < row + height; r++) {
                for (int c = column; c < column + width; c++) {
                    if (r < rows.size() && rows.get(r)[c]) {
                        return false;
                    }
                }
            }
            return true;
        }

        void take(int row, int column, int width, int height) {
            while (rows.size() < row + height) {
                rows.add(new boolean[DashboardLayoutRules.COLUMNS]);
            }
            for (int r = row; r < row + height; r++) {
                for (int c = column; c < column + width; c++) {
                    rows.get(r)[c] = true;
                }
            }
        }
    }
}
