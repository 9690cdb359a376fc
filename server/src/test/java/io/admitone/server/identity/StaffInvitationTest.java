package io.admitone.server.identity;

import io.admitone.kernel.identity.AcceptInvitationCommand;
import io.admitone.kernel.identity.InvitationResult;
import io.admitone.kernel.identity.InviteStaffMemberCommand;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.AllAtOnce;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StaffInvitationTest extends ServerIntegrationTest {

    private static final int CONTENDERS = 8;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentInvitationsOfTheSameNewEmailYieldOneUser() throws Exception {
        TenantId tenant = TenantId.random();
        List<InvitationResult> results = inviteAtOnce(tenant, "Twin@Example.com");

        UserId winner = results.stream().filter(r -> r.invitationToken() != null).findFirst().orElseThrow().userId();
        assertThat(results).extracting(InvitationResult::userId).containsOnly(winner);
        assertThat(results).filteredOn(r -> r.invitationToken() != null).hasSize(1);
        assertThat(jdbc.queryForList("select user_id::text from command.staff_email where email_normalised = ?",
                String.class, "twin@example.com")).containsExactly(winner.toString());
        assertThat(jdbc.queryForList("""
                select distinct aggregate_identifier from axon.domain_event_entry
                where convert_from(payload, 'UTF8')::jsonb ->> 'email' = 'twin@example.com'""", String.class))
                .containsExactly(winner.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from read.staff_membership where tenant_id = ?", Long.class, tenant.value()),
                count -> count == 1);
    }

    @Test
    void anAcceptedInvitationMakesAnActiveMemberWhosePasswordVerifies() {
        TenantId tenant = TenantId.random();
        InvitationResult invitation = commands.sendAndWait(new InviteStaffMemberCommand(UserId.random(), tenant,
                "grace@example.com", "Grace", Set.of(StaffRole.EVENT_MANAGER, StaffRole.BOX_OFFICE)));

        commands.sendAndWait(new AcceptInvitationCommand(invitation.userId(), invitation.invitationToken(),
                "a passphrase of her own"));

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "select status from read.staff_user where user_id = ?", String.class, invitation.userId().value()),
                List.of("ACTIVE")::equals);
        String hash = jdbc.queryForObject("select password_hash from read.staff_user where user_id = ?", String.class,
                invitation.userId().value());
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches("a passphrase of her own", hash)).isTrue();
        assertThat(jdbc.queryForObject("""
                select array_to_string(roles, ',') from read.staff_membership where user_id = ? and tenant_id = ?""",
                String.class, invitation.userId().value(), tenant.value())).isEqualTo("box-office,event-manager");
        assertThat(jdbc.queryForObject("""
                select count(*) from axon.domain_event_entry
                where position(? in convert_from(payload, 'UTF8')) > 0""", Long.class, invitation.invitationToken()))
                .isZero();
    }

    private List<InvitationResult> inviteAtOnce(TenantId tenant, String email) throws InterruptedException {
        return AllAtOnce.run(IntStream.range(0, CONTENDERS)
                .<Callable<InvitationResult>>mapToObj(i -> () -> commands.sendAndWait(
                        new InviteStaffMemberCommand(UserId.random(), tenant, email, "Twin", Set.of(StaffRole.ANALYST))))
                .toList());
    }
}
