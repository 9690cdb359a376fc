package io.admitone.server.organisation;

import io.admitone.kernel.organisation.BrandingChanged;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.infrastructure.TestServers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Branding stored before the e-mail sender and the custom-domain registry existed: its events still read, and the
 * migration gives each custom domain to one organisation.
 */
class CustomDomainBackfillTest {

    private static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theMigrationGivesEachDomainToTheOrganisationWhoseLatestBrandingNamedItFirst() {
        Map<String, String> database = TestServers.freshInfrastructure();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.get("admitone.db.url"),
                database.get("admitone.db.user"), database.get("admitone.db.password"));
        migrate(dataSource, "25");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TenantId moved = TenantId.random();
        TenantId tookTheOldOne = TenantId.random();
        TenantId tooLate = TenantId.random();
        TenantId gaveUp = TenantId.random();
        store(jdbc, moved, 0, "tickets.arena.example");
        store(jdbc, tookTheOldOne, 0, "tickets.arena.example");
        store(jdbc, moved, 1, "shop.arena.example");
        store(jdbc, tooLate, 0, "shop.arena.example");
        store(jdbc, gaveUp, 0, "hall.example");
        store(jdbc, gaveUp, 1, null);

        migrate(dataSource, "27");

        assertThat(jdbc.queryForList("select domain || ' ' || tenant_id from command.organisation_domain", String.class))
                .containsExactlyInAnyOrder("shop.arena.example " + moved, "tickets.arena.example " + tookTheOldOne);
    }

    @Test
    void brandingStoredBeforeTheEmailSenderReadsAsHavingNone() {
        BrandingChanged read = JSON.readValue(oldBranding(TenantId.random(), "tickets.arena.example"),
                BrandingChanged.class);
        assertThat(read.customDomain()).isEqualTo("tickets.arena.example");
        assertThat(read.emailSenderName()).isNull();
        assertThat(read.emailSenderAddress()).isNull();
    }

    private static void migrate(DriverManagerDataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }

    /** Stores a branding change as Axon's JDBC event store stored it before the e-mail sender existed. */
    private static void store(JdbcTemplate jdbc, TenantId tenant, int sequence, String domain) {
        jdbc.update("""
                insert into axon.domain_event_entry (event_identifier, payload, payload_type, time_stamp,
                    aggregate_identifier, sequence_number, type)
                values (?, convert_to(?, 'UTF8'), ?, ?, ?, ?, 'Organisation')""", UUID.randomUUID().toString(),
                oldBranding(tenant, domain), BrandingChanged.class.getName(), NOW.toString(), tenant.toString(), sequence);
    }

    private static String oldBranding(TenantId tenant, String domain) {
        ObjectNode event = (ObjectNode) JSON.valueToTree(new BrandingChanged(tenant, "Arena", null, null, null, domain,
                null, null, NOW));
        event.remove("emailSenderName");
        event.remove("emailSenderAddress");
        return JSON.writeValueAsString(event);
    }
}
