package io.admitone.server.replay;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The tables of the {@code read} schema, compared row by row, every column included, with a copy taken earlier
 * into the scratch schema {@code replay_snapshot}: each row as its JSON text, so that every column type compares.
 */
final class ReadTables {

    private static final String SNAPSHOT = "replay_snapshot";

    private final JdbcTemplate jdbc;

    ReadTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> names() {
        return jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'read' and table_type = 'BASE TABLE' order by table_name""", String.class);
    }

    long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    void snapshot() {
        jdbc.execute("drop schema if exists " + SNAPSHOT + " cascade");
        jdbc.execute("create schema " + SNAPSHOT);
        names().forEach(table -> jdbc.execute("create table %s.%s as select row_to_json(t)::text as row from read.%s t"
                .formatted(SNAPSHOT, table, table)));
    }

    /** Up to ten rows that are only in the snapshot ({@code -}) or only in the table now ({@code +}). */
    List<String> differences(String table) {
        return jdbc.queryForList("""
                (select '- ' || row from (select row from %1$s.%2$s except all
                    select row_to_json(t)::text from read.%2$s t) gone order by 1 limit 5)
                union all
                (select '+ ' || row from (select row_to_json(t)::text as row from read.%2$s t except all
                    select row from %1$s.%2$s) added order by 1 limit 5)""".formatted(SNAPSHOT, table), String.class);
    }
}
