package io.admitone.server.finance.reports;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report's CSV read back with a CSV parser, and a JSON line in the same flat shape, to hold one to the other. */
final class SalesCsvRows {

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private SalesCsvRows() {
    }

    /** Each row as column name to value, in the header's order. */
    static List<Map<String, String>> parse(String csv) {
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
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
