package io.admitone.server.organisation;

import io.admitone.server.infrastructure.TestServers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test databases are owned by a superuser, who bypasses row-level security altogether. Production owners are
 * ordinary roles, so this migrates a database as one and checks what FORCE ROW LEVEL SECURITY leaves it.
 */
class OrganisationTablesUnderAnOrdinaryOwnerTest {

    private static final String OWNER = "admitone_owner_" + UUID.randomUUID().toString().replace("-", "");
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final UUID TENANT_A = UUID.randomUUID();
    private static final UUID TENANT_B = UUID.randomUUID();
    private static Map<String, String> database;

    @BeforeAll
    static void migrateAsAnOrdinaryOwner() throws SQLException {
        database = TestServers.freshInfrastructure();
        String name = database.get("admitone.db.url").replaceFirst("^jdbc:postgresql://[^/]+/([^?]*).*$", "$1");
        asSuperuser("create role " + OWNER + " login createrole password '" + PASSWORD + "'",
                "alter database " + name + " owner to " + OWNER);
        Flyway.configure().dataSource(url(), OWNER, PASSWORD).locations("classpath:db/migration").load().migrate();
        asOwner("insert into read.organisation values ('" + TENANT_A + "', 'A', 'tenant-a', 'EUR', 'UTC', 'en', 'A', "
                + "null, null, null, null, 'ACTIVE', now(), now(), 1), ('" + TENANT_B + "', 'B', 'tenant-b', 'EUR', "
                + "'UTC', 'en', 'B', null, null, null, null, 'ACTIVE', now(), now(), 2)");
    }

    @AfterAll
    static void dropTheOwner() throws SQLException {
        asSuperuser("reassign owned by " + OWNER + " to current_user", "drop owned by " + OWNER, "drop role " + OWNER);
    }

    @Test
    void theOwnerWritesAndReadsEveryTenantThroughItsPolicy() throws SQLException {
        assertThat(tenantIds("select tenant_id from read.organisation")).containsExactlyInAnyOrder(TENANT_A, TENANT_B);
    }

    @Test
    void theOwnerReadingAsReaderSeesOnlyTheTenantSetForTheTransaction() throws SQLException {
        assertThat(tenantIds("begin", "set local role admitone_reader",
                "select set_config('admitone.tenant_id', '" + TENANT_A + "', true)",
                "select tenant_id from read.organisation")).containsExactly(TENANT_A);
    }

    private static List<UUID> tenantIds(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), OWNER, PASSWORD);
             Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.length - 1; i++) {
                statement.execute(statements[i]);
            }
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(statements[statements.length - 1])) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private static void asOwner(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), OWNER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void asSuperuser(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), database.get("admitone.db.user"),
                database.get("admitone.db.password"));
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String url() {
        return database.get("admitone.db.url");
    }
}
