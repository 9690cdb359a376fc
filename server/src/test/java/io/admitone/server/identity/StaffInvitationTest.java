package io.admitone.server.identity;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.identity.AcceptInvitationCommand;
import io.admitone.kernel.identity.GrantMembershipCommand;
import io.admitone.kernel.identity.InvitationResult;
import io.admitone.kernel.identity.InviteStaffMemberCommand;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.CreateOrganisationCommand;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class StaffInvitationTest extends ServerIntegrationTest {

    private static final int CONTENDERS = 8;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    /** One contender creates the user, the others invite them again: every token but the last one issued is void. */
    @Test
    void concurrentInvitationsOfTheSameNewEmailYieldOneUserWithOneWorkingToken() throws Exception {
        TenantId tenant = organisation();
        List<InvitationResult> results = inviteAtOnce(tenant, "Twin@Example.com");

        UserId user = results.getFirst().userId();
        assertThat(results).extracting(InvitationResult::userId).containsOnly(user);
        assertThat(results).extracting(InvitationResult::invitationToken).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select user_id::text from command.staff_email where email_normalised = ?",
                String.class, "twin@example.com")).containsExactly(user.toString());
        assertThat(jdbc.queryForList("""
                select distinct aggregate_identifier from axon.domain_event_entry
                where convert_from(payload, 'UTF8')::jsonb ->> 'email' = 'twin@example.com'""", String.class))
                .containsExactly(user.toString());
        assertThat(jdbc.queryForObject("""
                select count(*) from axon.domain_event_entry
                where aggregate_identifier = ? and payload_type = 'io.admitone.kernel.identity.InvitationReissued'""",
                Long.class, user.toString())).isEqualTo(CONTENDERS - 1);
        assertThat(results).filteredOn(this::accepts).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from read.staff_membership where tenant_id = ?", Long.class, tenant.value()),
                count -> count == 1);
    }

    @Test
    void anAcceptedInvitationMakesAnActiveMemberWhosePasswordVerifies() {
        TenantId tenant = organisation();
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

    /** The owner row is written in the transaction that fails to store the event, and goes with it. */
    @Test
    void anInvitationThatFailsToStoreItsEventLeavesNoOwnerAndNoEmailBehind() {
        TenantId tenant = organisation();
        UserId existing = commands.<InvitationResult>sendAndWait(new InviteStaffMemberCommand(UserId.random(), tenant,
                "lin@example.com", "Lin", Set.of(StaffRole.ANALYST))).userId();

        assertThatThrownBy(() -> commands.sendAndWait(new InviteStaffMemberCommand(existing, tenant,
                "lin.again@example.com", "Lin", Set.of(StaffRole.OWNER))));

        assertThat(jdbc.queryForObject("select count(*) from command.organisation_owner where tenant_id = ?",
                Long.class, tenant.value())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from command.staff_email where email_normalised = ?",
                Long.class, "lin.again@example.com")).isZero();
    }

    @Test
    void grantingTheOwnerRoleWritesTheOwnerTable() {
        TenantId tenant = organisation();
        UserId user = commands.<InvitationResult>sendAndWait(new InviteStaffMemberCommand(UserId.random(),
                organisation(), "mae@example.com", "Mae", Set.of(StaffRole.OWNER))).userId();

        commands.sendAndWait(new GrantMembershipCommand(user, tenant, Set.of(StaffRole.OWNER)));

        assertThat(jdbc.queryForList("select user_id::text from command.organisation_owner where tenant_id = ?",
                String.class, tenant.value())).containsExactly(user.toString());
    }

    private boolean accepts(InvitationResult invitation) {
        try {
            commands.sendAndWait(new AcceptInvitationCommand(invitation.userId(), invitation.invitationToken(),
                    "a passphrase of the twin"));
            return true;
        } catch (DomainRejection rejection) {
            assertThat(rejection.code()).isEqualTo("invalid-invitation");
            return false;
        }
    }

    private TenantId organisation() {
        TenantId tenant = TenantId.random();
        commands.sendAndWait(new CreateOrganisationCommand(tenant, "Hall", "hall-" + tenant.toString().substring(0, 8),
                "EUR", "Europe/Vienna", "de-AT"));
        return tenant;
    }

    private List<InvitationResult> inviteAtOnce(TenantId tenant, String email) throws InterruptedException {
        return AllAtOnce.run(IntStream.range(0, CONTENDERS)
                .<Callable<InvitationResult>>mapToObj(i -> () -> commands.sendAndWait(
                        new InviteStaffMemberCommand(UserId.random(), tenant, email, "Twin", Set.of(StaffRole.ANALYST))))
                .toList());
    }
}
