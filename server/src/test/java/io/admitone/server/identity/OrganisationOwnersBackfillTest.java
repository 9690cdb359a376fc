package io.admitone.server.identity;

import io.admitone.kernel.identity.MembershipGranted;
import io.admitone.kernel.identity.MembershipRevoked;
import io.admitone.kernel.identity.MembershipRolesChanged;
import io.admitone.kernel.identity.StaffMemberInvited;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.StaffUserDisabled;
import io.admitone.kernel.identity.StaffUserEvent;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.infrastructure.TestServers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static io.admitone.kernel.identity.StaffRole.ANALYST;
import static io.admitone.kernel.identity.StaffRole.FINANCE;
import static io.admitone.kernel.identity.StaffRole.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

/** A database with staff events from before the owner table gets the owners those events leave. */
class OrganisationOwnersBackfillTest {

    private static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    private static final TenantId ARENA = TenantId.random();
    private static final TenantId HALL = TenantId.random();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theMigrationRecordsTheOwnersThatTheStoredEventsLeave() {
        Map<String, String> database = TestServers.freshInfrastructure();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.get("admitone.db.url"),
                database.get("admitone.db.user"), database.get("admitone.db.password"));
        migrate(dataSource, "6");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UserId invitedOwner = store(jdbc, invited(ARENA, OWNER));
        UserId demoted = store(jdbc, invited(ARENA, OWNER), changed(ARENA, FINANCE));
        UserId revoked = store(jdbc, invited(ARENA, OWNER), user -> new MembershipRevoked(user, ARENA, NOW));
        UserId promoted = store(jdbc, invited(HALL, ANALYST), changed(HALL, OWNER, ANALYST));
        UserId disabled = store(jdbc, invited(ARENA, OWNER), user -> new StaffUserDisabled(user, NOW));
        UserId ownerOfOne = store(jdbc, invited(HALL, FINANCE), granted(ARENA, OWNER));

        migrate(dataSource, "latest");

        assertThat(jdbc.queryForList("select tenant_id || ' ' || user_id from command.organisation_owner", String.class))
                .containsExactlyInAnyOrder(ARENA + " " + invitedOwner, HALL + " " + promoted, ARENA + " " + ownerOfOne)
                .doesNotContain(ARENA + " " + demoted, ARENA + " " + revoked, ARENA + " " + disabled);
    }

    private static void migrate(DriverManagerDataSource dataSource, String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
    }

    /** Stores one new user's events as Axon's JDBC event store with the JSON serializer does. */
    @SafeVarargs
    private static UserId store(JdbcTemplate jdbc, Function<UserId, StaffUserEvent>... history) {
        UserId user = UserId.random();
        for (int sequence = 0; sequence < history.length; sequence++) {
            StaffUserEvent event = history[sequence].apply(user);
            jdbc.update("""
                    insert into axon.domain_event_entry (event_identifier, payload, payload_type, time_stamp,
                        aggregate_identifier, sequence_number, type)
                    values (?, convert_to(?, 'UTF8'), ?, ?, ?, ?, 'StaffUser')""", UUID.randomUUID().toString(),
                    JSON.writeValueAsString(event), event.getClass().getName(), NOW.toString(), user.toString(), sequence);
        }
        return user;
    }

    private static Function<UserId, StaffUserEvent> invited(TenantId tenant, StaffRole... roles) {
        return user -> new StaffMemberInvited(user, user + "@example.com", "Someone", tenant, Set.of(roles), "hash",
                NOW, NOW);
    }

    private static Function<UserId, StaffUserEvent> changed(TenantId tenant, StaffRole... roles) {
        return user -> new MembershipRolesChanged(user, tenant, Set.of(roles), NOW);
    }

    private static Function<UserId, StaffUserEvent> granted(TenantId tenant, StaffRole... roles) {
        return user -> new MembershipGranted(user, tenant, Set.of(roles), NOW);
    }
}
