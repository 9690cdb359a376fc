package io.admitone.server.tenancy;

import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checks the catalogue, so that a read table added later cannot forget row-level security. */
class ReadTablesIsolationTest extends ServerIntegrationTest {

    private static final String TENANT_TABLES = """
            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'read' and c.relkind = 'r'
              and exists (select from pg_attribute a
                          where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
            """;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyReadTableWithATenantColumnForcesTheTenantPolicy() {
        List<String> tenantTables = jdbc.queryForList(TENANT_TABLES, String.class);
        List<String> unprotected = jdbc.queryForList(TENANT_TABLES + """
                  and not (c.relrowsecurity and c.relforcerowsecurity
                           and exists (select from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation'))
                """, String.class);

        assertThat(tenantTables).contains("organisation", "staff_membership", "api_key", "venue", "venue_section",
                "venue_seat", "event", "performance", "ticket_type", "partition_availability", "seat_status",
                "order", "ticket");
        assertThat(unprotected).isEmpty();
    }

    @Test
    void theTenantScopedReaderCannotReadKeyDigestsOrPasswordHashes() {
        for (String query : List.of("select secret_hash from read.api_key", "select password_hash from read.staff_user")) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                jdbc.execute("set local role admitone_reader");
                jdbc.queryForList(query);
            })).isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        }
    }
}
