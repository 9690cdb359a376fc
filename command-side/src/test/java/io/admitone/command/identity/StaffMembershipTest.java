package io.admitone.command.identity;

import io.admitone.kernel.identity.ChangeMembershipRolesCommand;
import io.admitone.kernel.identity.GrantMembershipCommand;
import io.admitone.kernel.identity.InvitationResult;
import io.admitone.kernel.identity.InviteStaffMemberCommand;
import io.admitone.kernel.identity.MembershipGranted;
import io.admitone.kernel.identity.MembershipRevoked;
import io.admitone.kernel.identity.MembershipRolesChanged;
import io.admitone.kernel.identity.RevokeMembershipCommand;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.StaffUserDisabled;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.admitone.command.identity.StaffUserFixtures.ADMIN;
import static io.admitone.command.identity.StaffUserFixtures.EMAIL;
import static io.admitone.command.identity.StaffUserFixtures.INVITED;
import static io.admitone.command.identity.StaffUserFixtures.MEMBER;
import static io.admitone.command.identity.StaffUserFixtures.NOW;
import static io.admitone.command.identity.StaffUserFixtures.OTHER_TENANT;
import static io.admitone.command.identity.StaffUserFixtures.SUSPENDED_TENANT;
import static io.admitone.command.identity.StaffUserFixtures.TENANT;
import static io.admitone.command.identity.StaffUserFixtures.TOKEN;
import static io.admitone.command.identity.StaffUserFixtures.USER;
import static io.admitone.command.identity.StaffUserFixtures.rejectedAs;
import static io.admitone.kernel.identity.StaffRole.ANALYST;
import static io.admitone.kernel.identity.StaffRole.BOX_OFFICE;
import static io.admitone.kernel.identity.StaffRole.FINANCE;
import static io.admitone.kernel.identity.StaffRole.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

class StaffMembershipTest {

    private InMemoryStaffEmailRegistry emails;
    private AggregateTestFixture<StaffUser> fixture;

    @BeforeEach
    void setUp() {
        emails = new InMemoryStaffEmailRegistry();
        fixture = StaffUserFixtures.fixture(emails, new InMemoryOrganisationOwners());
    }

    @Test
    void invitingANewEmailCreatesAnInvitedUserAndAnswersTheTokenWhoseHashIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new InviteStaffMemberCommand(USER, TENANT, "ADA@example.com", "Ada", Set.of(BOX_OFFICE)))
                .expectEvents(INVITED)
                .expectResultMessagePayload(new InvitationResult(USER, TOKEN));
        assertThat(emails.owner(EMAIL)).contains(USER);
    }

    @Test
    void invitingAnExistingUsersEmailGrantsThemTheMembershipDirectly() {
        emails.claim(EMAIL, USER);
        fixture.given(ADMIN)
                .when(new InviteStaffMemberCommand(UserId.random(), TENANT, EMAIL, "Ada", Set.of(FINANCE)))
                .expectEvents(MEMBER)
                .expectResultMessagePayload(new InvitationResult(USER, null));
    }

    @Test
    void invitingWithoutRolesIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new InviteStaffMemberCommand(USER, TENANT, EMAIL, "Ada", Set.of()))
                .expectException(InvalidStaffUserDetails.class)
                .expectNoEvents();
        assertThat(emails.owner(EMAIL)).isEmpty();
    }

    @Test
    void invitingAnAddressThatIsNoEmailIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new InviteStaffMemberCommand(USER, TENANT, "ada at example", "Ada", Set.of(OWNER)))
                .expectException(InvalidStaffUserDetails.class)
                .expectNoEvents();
    }

    @Test
    void invitingIntoAnOrganisationThatDoesNotExistIsRejectedWithoutClaimingTheEmail() {
        fixture.givenNoPriorActivity()
                .when(new InviteStaffMemberCommand(USER, TenantId.random(), EMAIL, "Ada", Set.of(BOX_OFFICE)))
                .expectException(rejectedAs("not-found"))
                .expectNoEvents();
        assertThat(emails.owner(EMAIL)).isEmpty();
    }

    @Test
    void invitingIntoASuspendedOrganisationIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new InviteStaffMemberCommand(USER, SUSPENDED_TENANT, EMAIL, "Ada", Set.of(BOX_OFFICE)))
                .expectException(rejectedAs("organisation-suspended"))
                .expectNoEvents();
        assertThat(emails.owner(EMAIL)).isEmpty();
    }

    @Test
    void invitingAnExistingUserIntoASuspendedOrganisationIsRejected() {
        emails.claim(EMAIL, USER);
        fixture.given(ADMIN)
                .when(new InviteStaffMemberCommand(UserId.random(), SUSPENDED_TENANT, EMAIL, "Ada", Set.of(FINANCE)))
                .expectException(rejectedAs("organisation-suspended"))
                .expectNoEvents();
    }

    @Test
    void grantingAMembershipRecordsItsRoles() {
        fixture.given(ADMIN)
                .when(new GrantMembershipCommand(USER, TENANT, Set.of(FINANCE)))
                .expectEvents(MEMBER);
    }

    @Test
    void grantingTheSameMembershipAgainChangesNothing() {
        fixture.given(ADMIN, MEMBER)
                .when(new GrantMembershipCommand(USER, TENANT, Set.of(FINANCE)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void grantingAMembershipWithOtherRolesIsRejected() {
        fixture.given(ADMIN, MEMBER)
                .when(new GrantMembershipCommand(USER, TENANT, Set.of(OWNER)))
                .expectException(AlreadyAMember.class)
                .expectNoEvents();
    }

    @Test
    void changingRolesReplacesThem() {
        fixture.given(ADMIN, MEMBER)
                .when(new ChangeMembershipRolesCommand(USER, TENANT, Set.of(FINANCE, ANALYST)))
                .expectEvents(new MembershipRolesChanged(USER, TENANT, Set.of(ANALYST, FINANCE), NOW));
    }

    @Test
    void changingRolesToTheCurrentOnesChangesNothing() {
        fixture.given(ADMIN, MEMBER)
                .when(new ChangeMembershipRolesCommand(USER, TENANT, Set.of(FINANCE)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void changingRolesInAnOrganisationTheUserIsNotMemberOfIsRejected() {
        fixture.given(ADMIN, MEMBER)
                .when(new ChangeMembershipRolesCommand(USER, OTHER_TENANT, Set.of(FINANCE)))
                .expectException(MembershipNotFound.class)
                .expectNoEvents();
    }

    @Test
    void changingToNoRolesIsRejected() {
        fixture.given(ADMIN, MEMBER)
                .when(new ChangeMembershipRolesCommand(USER, TENANT, Set.of()))
                .expectException(InvalidStaffUserDetails.class)
                .expectNoEvents();
    }

    @Test
    void revokingAMembershipRecordsIt() {
        fixture.given(ADMIN, MEMBER)
                .when(new RevokeMembershipCommand(USER, TENANT))
                .expectEvents(new MembershipRevoked(USER, TENANT, NOW));
    }

    @Test
    void revokingAMembershipTheUserDoesNotHaveChangesNothing() {
        fixture.given(ADMIN, MEMBER)
                .when(new RevokeMembershipCommand(USER, OTHER_TENANT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theInvitationsMembershipCanBeChangedBeforeItIsAccepted() {
        fixture.given(INVITED)
                .when(new ChangeMembershipRolesCommand(USER, TENANT, Set.of(StaffRole.INTEGRATOR)))
                .expectEvents(new MembershipRolesChanged(USER, TENANT, Set.of(StaffRole.INTEGRATOR), NOW));
    }

    @Test
    void aDisabledUserIsGrantedNothing() {
        fixture.given(ADMIN, new StaffUserDisabled(USER, NOW))
                .when(new GrantMembershipCommand(USER, TENANT, Set.of(FINANCE)))
                .expectException(UserIsDisabled.class)
                .expectNoEvents();
    }

    @Test
    void invitingADisabledUsersEmailIsRejected() {
        emails.claim(EMAIL, USER);
        fixture.given(ADMIN, new StaffUserDisabled(USER, NOW))
                .when(new InviteStaffMemberCommand(UserId.random(), TENANT, EMAIL, "Ada", Set.of(FINANCE)))
                .expectException(UserIsDisabled.class)
                .expectNoEvents();
    }

    @Test
    void aDisabledUsersMembershipsCannotBeRevoked() {
        fixture.given(ADMIN, MEMBER, new StaffUserDisabled(USER, NOW))
                .when(new RevokeMembershipCommand(USER, TENANT))
                .expectException(UserIsDisabled.class)
                .expectNoEvents();
    }
}
