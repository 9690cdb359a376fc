package io.admitone.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Feeds a grid lazily from a cursor-paged list endpoint: pages are fetched as the user scrolls to them, one after
 * the other (a cursor only leads to the next page), and kept until {@link #reload()}, which a change of filter calls.
 */
public final class LazyList<T> {

    private final Grid<T> grid;
    private final Function<String, Page<T>> pageAfter;
    private List<T> loaded = new ArrayList<>();
    private String nextCursor;
    private boolean exhausted;

    private LazyList(Grid<T> grid, Function<String, Page<T>> pageAfter) {
        this.grid = grid;
        this.pageAfter = pageAfter;
    }

    /**
     * Lets {@code grid} show the list whose page after a cursor (null: the first page) {@code pageAfter} reads; the
     * function reads the current filters each time, so {@link #reload()} after a filter change is all it takes.
     */
    public static <T> LazyList<T> attach(Grid<T> grid, Function<String, Page<T>> pageAfter) {
        LazyList<T> list = new LazyList<>(grid, pageAfter);
        grid.setItems(query -> list.fetch(query.getOffset(), query.getLimit()));
        return list;
    }

    /** Forgets the pages read so far and reads the list again from its first page. */
    public void reload() {
        loaded = new ArrayList<>();
        nextCursor = null;
        exhausted = false;
        grid.getDataProvider().refreshAll();
    }

    private Stream<T> fetch(int offset, int limit) {
        try {
            while (!exhausted && loaded.size() < offset + limit) {
                Page<T> page = pageAfter.apply(nextCursor);
                loaded.addAll(page.items());
                nextCursor = page.nextCursor();
                exhausted = page.isLast();
            }
        } catch (AdmitOneApiException e) {
            exhausted = true;
            Problems.show(e);
        }
        int from = Math.min(offset, loaded.size());
        return List.copyOf(loaded.subList(from, Math.min(offset + limit, loaded.size()))).stream();
    }
}
