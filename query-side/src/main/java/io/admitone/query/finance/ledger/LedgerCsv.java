package io.admitone.query.finance.ledger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The ledger as CSV (RFC 4180, CRLF line ends): a header row naming the columns as the JSON names its fields, then one
 * line a row, amounts as plain decimals in the currency's digits and instants in ISO-8601.
 */
final class LedgerCsv {

    static final List<String> COLUMNS = List.of("entryId", "transactionId", "position", "line", "effectiveAt",
            "kind", "account", "debit", "credit", "currency", "provider", "orderId", "eventId", "performanceId",
            "ticketTypeId");

    private LedgerCsv() {
    }

    static String header() {
        return print(List.of(COLUMNS));
    }

    static String rows(List<LedgerEntryView> rows) {
        return print(rows.stream().map(LedgerCsv::values).toList());
    }

    private static List<Object> values(LedgerEntryView row) {
        return List.of(row.entryId(), row.transactionId(), row.position(), row.line(), row.effectiveAt(), row.kind(),
                row.account(), row.debit().toPlainString(), row.credit().toPlainString(), row.currency(),
                row.provider(), row.orderId(), row.eventId(), row.performanceId(), row.ticketTypeId());
    }

    private static String print(List<? extends List<?>> records) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<?> record : records) {
                printer.printRecord(record);
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return out.toString();
    }
}
