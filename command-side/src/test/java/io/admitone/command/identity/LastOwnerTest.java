package io.admitone.command.identity;

import io.admitone.kernel.Digests;
import io.admitone.kernel.identity.ChangeMembershipRolesCommand;
import io.admitone.kernel.identity.DisableStaffUserCommand;
import io.admitone.kernel.identity.GrantMembershipCommand;
import io.admitone.kernel.identity.InviteStaffMemberCommand;
import io.admitone.kernel.identity.MembershipGranted;
import io.admitone.kernel.identity.MembershipRevoked;
import io.admitone.kernel.identity.MembershipRolesChanged;
import io.admitone.kernel.identity.RevokeMembershipCommand;
import io.admitone.kernel.identity.StaffMemberInvited;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.StaffUserDisabled;
import io.admitone.kernel.identity.UserId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.admitone.command.identity.StaffUserFixtures.ADMIN;
import static io.admitone.command.identity.StaffUserFixtures.EMAIL;
import static io.admitone.command.identity.StaffUserFixtures.EXPIRES;
import static io.admitone.command.identity.StaffUserFixtures.MEMBER;
import static io.admitone.command.identity.StaffUserFixtures.NOW;
import static io.admitone.command.identity.StaffUserFixtures.OTHER_TENANT;
import static io.admitone.command.identity.StaffUserFixtures.TENANT;
import static io.admitone.command.identity.StaffUserFixtures.TOKEN;
import static io.admitone.command.identity.StaffUserFixtures.USER;
import static io.admitone.kernel.identity.StaffRole.FINANCE;
import static io.admitone.kernel.identity.StaffRole.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

/** An organisation that has an owner keeps one: the owner table decides, the events follow. */
class LastOwnerTest {

    private static final UserId OTHER_OWNER = UserId.of("6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0");
    private static final MembershipGranted OWNER_MEMBER = new MembershipGranted(USER, TENANT, Set.of(OWNER), NOW);

    private InMemoryOrganisationOwners owners;
    private AggregateTestFixture<StaffUser> fixture;

    @BeforeEach
    void setUp() {
        InMemoryStaffEmailRegistry emails = new InMemoryStaffEmailRegistry();
        owners = new InMemoryOrganisationOwners();
        fixture = StaffUserFixtures.fixture(emails, owners);
    }

    @Test
    void invitingANewOwnerRecordsThemAsAnOwner() {
        fixture.givenNoPriorActivity()
                .when(new InviteStaffMemberCommand(USER, TENANT, EMAIL, "Ada", Set.of(OWNER)))
                .expectEvents(new StaffMemberInvited(USER, EMAIL, "Ada", TENANT, Set.of(OWNER),
                        Digests.sha256Hex(TOKEN), EXPIRES, NOW));
        assertThat(owners.lockOwners(TENANT)).containsExactly(USER);
    }

    @Test
    void grantingTheOwnerRoleRecordsAnOwner() {
        fixture.given(ADMIN)
                .when(new GrantMembershipCommand(USER, TENANT, Set.of(OWNER)))
                .expectEvents(OWNER_MEMBER);
        assertThat(owners.lockOwners(TENANT)).containsExactly(USER);
    }

    @Test
    void changingRolesToOwnerRecordsAnOwner() {
        fixture.given(ADMIN, MEMBER)
                .when(new ChangeMembershipRolesCommand(USER, TENANT, Set.of(OWNER, FINANCE)))
                .expectEvents(new MembershipRolesChanged(USER, TENANT, Set.of(OWNER, FINANCE), NOW));
        assertThat(owners.lockOwners(TENANT)).containsExactly(USER);
    }

    @Test
    void revokingTheLastOwnerIsRejected() {
        owners.add(TENANT, USER);
        fixture.given(ADMIN, OWNER_MEMBER)
                .when(new RevokeMembershipCommand(USER, TENANT))
                .expectException(LastOwner.class)
                .expectNoEvents();
        assertThat(owners.lockOwners(TENANT)).containsExactly(USER);
    }

    @Test
    void changingTheLastOwnersRolesWithoutOwnerIsRejected() {
        owners.add(TENANT, USER);
        fixture.given(ADMIN, OWNER_MEMBER)
                .when(new ChangeMembershipRolesCommand(USER, TENANT, Set.of(StaffRole.ADMIN)))
                .expectException(LastOwner.class)
                .expectNoEvents();
        assertThat(owners.lockOwners(TENANT)).containsExactly(USER);
    }

    @Test
    void anOwnerIsRevokedWhileAnotherOwnerRemains() {
        owners.add(TENANT, USER);
        owners.add(TENANT, OTHER_OWNER);
        fixture.given(ADMIN, OWNER_MEMBER)
                .when(new RevokeMembershipCommand(USER, TENANT))
                .expectEvents(new MembershipRevoked(USER, TENANT, NOW));
        assertThat(owners.lockOwners(TENANT)).containsExactly(OTHER_OWNER);
    }

    @Test
    void anOwnerLosesTheRoleWhileAnotherOwnerRemains() {
        owners.add(TENANT, USER);
        owners.add(TENANT, OTHER_OWNER);
        fixture.given(ADMIN, OWNER_MEMBER)
                .when(new ChangeMembershipRolesCommand(USER, TENANT, Set.of(FINANCE)))
                .expectEvents(new MembershipRolesChanged(USER, TENANT, Set.of(FINANCE), NOW));
        assertThat(owners.lockOwners(TENANT)).containsExactly(OTHER_OWNER);
    }

    @Test
    void theLastOwnerMayTakeFurtherRolesBesidesOwner() {
        owners.add(TENANT, USER);
        fixture.given(ADMIN, OWNER_MEMBER)
                .when(new ChangeMembershipRolesCommand(USER, TENANT, Set.of(OWNER, FINANCE)))
                .expectEvents(new MembershipRolesChanged(USER, TENANT, Set.of(OWNER, FINANCE), NOW));
        assertThat(owners.lockOwners(TENANT)).containsExactly(USER);
    }

    @Test
    void aMemberWhoIsNoOwnerIsRevokedBesideTheOnlyOwner() {
        owners.add(TENANT, OTHER_OWNER);
        fixture.given(ADMIN, MEMBER)
                .when(new RevokeMembershipCommand(USER, TENANT))
                .expectEvents(new MembershipRevoked(USER, TENANT, NOW));
        assertThat(owners.lockOwners(TENANT)).containsExactly(OTHER_OWNER);
    }

    @Test
    void disablingTheLastOwnerIsAllowedAndTheyCountAsOwnerNowhere() {
        owners.add(TENANT, USER);
        owners.add(OTHER_TENANT, USER);
        owners.add(OTHER_TENANT, OTHER_OWNER);
        fixture.given(ADMIN, OWNER_MEMBER, new MembershipGranted(USER, OTHER_TENANT, Set.of(OWNER), NOW))
                .when(new DisableStaffUserCommand(USER))
                .expectEvents(new StaffUserDisabled(USER, NOW));
        assertThat(owners.lockOwners(TENANT)).isEmpty();
        assertThat(owners.lockOwners(OTHER_TENANT)).containsExactly(OTHER_OWNER);
    }
}
