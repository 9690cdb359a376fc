package io.admitone.server.exports;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.storage.FileKey;
import io.admitone.server.storage.FileStorage;
import io.admitone.server.storage.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps an organisation's exports: each file in the file storage under {@code exports/<organisation>/<name>}, and a
 * row of {@code command.finance_summary} that says it is there. The file is written before its row, so a listed
 * export always has its file; a run that fails in between leaves a file that the next run writes again. Every
 * method blocks.
 */
@Component
public class Exports {

    static final String CSV = "text/csv;charset=UTF-8";

    /** An export as listed: its id, file name, the day it is for, its size in bytes and when it was written. */
    public record Export(UUID id, String name, LocalDate day, long size, Instant createdAt) {
    }

    private final FileStorage storage;
    private final JdbcClient jdbc;

    Exports(FileStorage storage, DataSource dataSource) {
        this.storage = storage;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Whether the organisation's finance summary of the day was written. */
    public boolean summarised(TenantId tenant, LocalDate day) {
        return jdbc.sql("select count(*) from command.finance_summary where tenant_id = ? and day = ?")
                .params(tenant.value(), day).query(Long.class).single() > 0;
    }

    /** Writes the organisation's finance summary of the day, unless one was already recorded. */
    public void keepFinanceSummary(TenantId tenant, LocalDate day, String csv, Instant now) {
        String name = "finance-summary-" + day + ".csv";
        FileKey key = new FileKey("exports/" + tenant + "/" + name);
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        storage.put(key, CSV, content);
        jdbc.sql("insert into command.finance_summary (tenant_id, day, export_id, name, file_key, size, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(tenant.value(), day, UUID.randomUUID(), name, key.value(), content.length, Timestamp.from(now))
                .update();
    }

    /** The organisation's exports, the latest day first. */
    List<Export> of(TenantId tenant) {
        return jdbc.sql("select export_id, name, day, size, created_at from command.finance_summary "
                        + "where tenant_id = ? order by day desc")
                .param(tenant.value())
                .query((row, number) -> new Export(row.getObject("export_id", UUID.class), row.getString("name"),
                        row.getObject("day", LocalDate.class), row.getLong("size"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The export's name and file, if the organisation has one with this id. */
    Optional<Download> download(TenantId tenant, UUID exportId) {
        return jdbc.sql("select name, file_key from command.finance_summary where tenant_id = ? and export_id = ?")
                .params(tenant.value(), exportId)
                .query((row, number) -> new Located(row.getString("name"), new FileKey(row.getString("file_key"))))
                .optional()
                .flatMap(located -> storage.get(located.key()).map(file -> new Download(located.name(), file)));
    }

    record Download(String name, StoredFile file) {
    }

    private record Located(String name, FileKey key) {
    }
}
