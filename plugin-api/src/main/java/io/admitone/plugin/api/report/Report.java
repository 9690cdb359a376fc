package io.admitone.plugin.api.report;

import java.util.List;

/** A report as a table: its name ({@code sales}...), column names, and rows of cells as text in column order. */
public record Report(String name, List<String> columns, List<List<String>> rows) {

    public Report {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
