package io.admitone.query.finance.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A report as CSV: its {@link SalesTable} with the columns as a header row. */
final class SalesCsv {

    private SalesCsv() {
    }

    static String write(SalesReport report, SalesGrouping grouping) {
        SalesTable table = SalesTable.of(report, grouping);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(table.columns());
            for (List<String> row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return out.toString();
    }
}
