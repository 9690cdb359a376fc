package io.admitone.server.finance.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report's CSV read back with a CSV parser, and a JSON line in the same flat shape, to hold one to the other. */
final class SalesCsvRows {

    private SalesCsvRows() {
    }

    /** Each row as column name to value, in the header's order. */
    static List<Map<String, String>> parse(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords().stream().map(CSVRecord::toMap).toList();
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
    }

    /** A JSON line's fields with each amount of money as its decimal amount. */
    static Map<String, String> flattened(JsonNode line) {
        Map<String, String> fields = new LinkedHashMap<>();
        line.properties().forEach(field -> fields.put(field.getKey(), field.getValue().isObject()
                ? field.getValue().get("amount").asString() : field.getValue().asString()));
        return fields;
    }
}
