package io.admitone.server.identity;

import io.admitone.kernel.identity.ChangeMembershipRolesCommand;
import io.admitone.kernel.identity.GrantMembershipCommand;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.RunningServer;
import io.admitone.server.infrastructure.TestServers;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class PlatformAdminBootstrapTest {

    private static final String EMAIL = "root@venue.example";
    private static final String PASSWORD = "configured-admin-secret-7";
    private static final PasswordEncoder HASHES = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final Pattern GENERATED = Pattern.compile("with the generated password (\\S+)");

    /** Snapshots after every event, so the restart also shows that a snapshot keeps the memberships. */
    @Test
    void theConfiguredAdminIsRegisteredOnceWithOnlyAHashAndKeepsItsMembershipsAcrossARestart() {
        Map<String, String> properties = new HashMap<>(TestServers.freshInfrastructure());
        properties.put("admitone.admin.email", EMAIL);
        properties.put("admitone.admin.password", PASSWORD);
        properties.put("admitone.aggregates.snapshot-threshold", "1");
        TenantId tenant = TenantId.random();
        try (RunningServer first = RunningServer.start(properties)) {
            JdbcTemplate jdbc = first.context().getBean(JdbcTemplate.class);
            String hash = awaitAdminHash(jdbc, EMAIL);
            assertThat(HASHES.matches(PASSWORD, hash)).isTrue();
            assertThat(eventsContaining(jdbc, PASSWORD)).isZero();
            first.context().getBean(CommandGateway.class)
                    .sendAndWait(new GrantMembershipCommand(adminId(jdbc), tenant, Set.of(StaffRole.OWNER)));
        }
        try (RunningServer second = RunningServer.start(properties)) {
            JdbcTemplate jdbc = second.context().getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("""
                    select count(*) from axon.domain_event_entry
                    where payload_type = 'io.admitone.kernel.identity.PlatformAdminRegistered'""", Long.class)).isOne();
            assertThat(jdbc.queryForObject("select count(*) from command.staff_email", Long.class)).isOne();
            Set<StaffRole> roles = Set.of(StaffRole.OWNER, StaffRole.FINANCE);
            second.context().getBean(CommandGateway.class)
                    .sendAndWait(new ChangeMembershipRolesCommand(adminId(jdbc), tenant, roles));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select array_to_string(roles, ',') from read.staff_membership where tenant_id = ?",
                    String.class, tenant.value()), "finance,owner"::equals);
        }
    }

    @Test
    void withoutAConfiguredPasswordAGeneratedOneIsLoggedOnlyOnTheFirstStart(CapturedOutput output) {
        Map<String, String> properties = new HashMap<>(TestServers.freshInfrastructure());
        properties.put("admitone.admin.email", EMAIL);
        properties.remove("admitone.admin.password");
        try (RunningServer first = RunningServer.start(properties)) {
            String hash = awaitAdminHash(first.context().getBean(JdbcTemplate.class), EMAIL);
            Matcher logged = GENERATED.matcher(output.getOut());
            assertThat(logged.find()).isTrue();
            assertThat(HASHES.matches(logged.group(1), hash)).isTrue();
            assertThat(eventsContaining(first.context().getBean(JdbcTemplate.class), logged.group(1))).isZero();
        }
        try (RunningServer restarted = RunningServer.start(properties)) {
            assertThat(GENERATED.matcher(output.getOut()).results().count()).isOne();
            assertThat(restarted.context().getBean(JdbcTemplate.class)
                    .queryForObject("select count(*) from command.staff_email", Long.class)).isOne();
        }
    }

    private static String awaitAdminHash(JdbcTemplate jdbc, String email) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList("""
                        select password_hash from read.staff_user
                        where email = ? and platform_admin and status = 'ACTIVE'""", String.class, email),
                hashes -> hashes.size() == 1).getFirst();
    }

    private static UserId adminId(JdbcTemplate jdbc) {
        return UserId.of(jdbc.queryForObject("select user_id::text from command.staff_email where email_normalised = ?",
                String.class, EMAIL));
    }

    /** Events and snapshots whose payload or metadata contain {@code secret}. */
    private static long eventsContaining(JdbcTemplate jdbc, String secret) {
        return jdbc.queryForObject("""
                select count(*) from (
                    select payload, meta_data from axon.domain_event_entry
                    union all select payload, meta_data from axon.snapshot_event_entry) stored
                where position(? in convert_from(payload, 'UTF8')) > 0
                   or position(? in convert_from(meta_data, 'UTF8')) > 0""", Long.class, secret, secret);
    }
}
