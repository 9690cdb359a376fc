package io.admitone.server.tenancy;

import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.catalog.CatalogRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An analyst login, made with read.create_analyst_login, reads its own tenant's rows of every read table and
 * nothing else: no other tenant's rows even after setting admitone.tenant_id itself, no writes, no token digests,
 * no command schema, no Axon tables.
 */
class AnalystRoleTest extends ServerIntegrationTest {

    private static final String TENANT_TABLES = """
            select quote_ident(c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'read' and c.relkind = 'r'
              and exists (select from pg_attribute a
                          where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
              and c.relname <> 'analyst_tenant'""";

    @Autowired
    JdbcTemplate jdbc;

    @Value("${admitone.db.url}")
    String databaseUrl;

    private final String login = "analyst_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private String ours;
    private String theirs;

    @BeforeEach
    void twoTenantsWithCatalogsAndAnAnalystOfTheFirst() {
        ours = createOrganisation("analysed");
        theirs = createOrganisation("not-analysed");
        for (String org : List.of(ours, theirs)) {
            CatalogRequests.createEvent(admin, org, CatalogRequests.createVenue(admin, org), "Concert", "concert");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(distinct tenant_id) from read.event where tenant_id in (?::uuid, ?::uuid)",
                Long.class, ours, theirs) == 2);
        jdbc.execute("select read.create_analyst_login('" + login + "', '" + ours + "', 'analyst-password')");
    }

    @AfterEach
    void dropTheLogin() {
        jdbc.execute("select read.drop_analyst_login('" + login + "')");
    }

    @Test
    void theAnalystSeesExactlyItsTenantsRowsInEveryReadTable() throws SQLException {
        List<String> tables = jdbc.queryForList(TENANT_TABLES, String.class);
        assertThat(tables).contains("organisation", "venue", "event", "\"order\"", "ticket", "hold");
        try (Connection analyst = asAnalyst()) {
            for (String table : tables) {
                long expected = jdbc.queryForObject("select count(*) from read." + table + " where tenant_id = ?::uuid",
                        Long.class, ours);
                assertThat(count(analyst, "select count(*) from read." + table)).as(table).isEqualTo(expected);
            }
            assertThat(count(analyst, "select count(*) from read.event")).isEqualTo(1);
        }
    }

    @Test
    void settingTheTenantOrTheRoleDoesNotOpenAnotherTenant() throws SQLException {
        try (Connection analyst = asAnalyst(); Statement statement = analyst.createStatement()) {
            statement.execute("select set_config('admitone.tenant_id', '" + theirs + "', false)");
            assertThat(count(analyst, "select count(*) from read.event where tenant_id = '" + theirs + "'"))
                    .isZero();
            assertThat(count(analyst, "select count(*) from read.organisation")).isEqualTo(1);
            assertThatThrownBy(() -> statement.execute("set role admitone_reader"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void theAnalystCannotWriteNorReadDigestsCommandsOrTheEventStore() throws SQLException {
        try (Connection analyst = asAnalyst(); Statement statement = analyst.createStatement()) {
            for (String forbidden : List.of(
                    "update read.event set title = 'Renamed'",
                    "delete from read.venue",
                    "insert into read.analyst_tenant (role_name, tenant_id) values ('x', gen_random_uuid())",
                    "select token_hash from read.\"order\"",
                    "select secret_hash from read.api_key",
                    "select * from read.staff_user",
                    "select * from read.analyst_tenant",
                    "select * from command.organisation_slug",
                    "select * from axon.domain_event_entry",
                    "select * from axon.token_entry",
                    "select read.create_analyst_login('escalated', gen_random_uuid(), 'x')")) {
                assertThatThrownBy(() -> statement.execute(forbidden)).as(forbidden)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    private Connection asAnalyst() throws SQLException {
        return DriverManager.getConnection(databaseUrl, login, "analyst-password");
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
