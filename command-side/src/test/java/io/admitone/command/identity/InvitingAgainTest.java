package io.admitone.command.identity;

import io.admitone.kernel.Digests;
import io.admitone.kernel.identity.AcceptInvitationCommand;
import io.admitone.kernel.identity.InvitationAccepted;
import io.admitone.kernel.identity.InvitationReissued;
import io.admitone.kernel.identity.InvitationResult;
import io.admitone.kernel.identity.InviteStaffMemberCommand;
import io.admitone.kernel.identity.MembershipGranted;
import io.admitone.kernel.identity.StaffMemberInvited;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.StaffUserDisabled;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static io.admitone.command.identity.StaffUserFixtures.EMAIL;
import static io.admitone.command.identity.StaffUserFixtures.EXPIRES;
import static io.admitone.command.identity.StaffUserFixtures.NOW;
import static io.admitone.command.identity.StaffUserFixtures.OTHER_TENANT;
import static io.admitone.command.identity.StaffUserFixtures.TENANT;
import static io.admitone.command.identity.StaffUserFixtures.TOKEN;
import static io.admitone.command.identity.StaffUserFixtures.USER;
import static io.admitone.kernel.identity.StaffRole.BOX_OFFICE;
import static io.admitone.kernel.identity.StaffRole.FINANCE;

/** Inviting an e-mail whose user has not accepted yet issues a fresh token, which replaces the earlier one. */
class InvitingAgainTest {

    private static final String EARLIER_TOKEN = "the token of the first invitation";
    private static final String NEW_PASSWORD = "a much longer passphrase";
    private static final StaffMemberInvited INVITED_EARLIER = new StaffMemberInvited(USER, EMAIL, "Ada", TENANT,
            Set.of(BOX_OFFICE), Digests.sha256Hex(EARLIER_TOKEN), NOW.minus(Duration.ofDays(1)),
            NOW.minus(Duration.ofDays(8)));
    private static final InvitationReissued REISSUED =
            new InvitationReissued(USER, TENANT, Digests.sha256Hex(TOKEN), EXPIRES, NOW);

    private AggregateTestFixture<StaffUser> fixture;

    @BeforeEach
    void setUp() {
        InMemoryStaffEmailRegistry emails = new InMemoryStaffEmailRegistry();
        emails.claim(EMAIL, USER);
        fixture = StaffUserFixtures.fixture(emails, new InMemoryOrganisationOwners());
    }

    @Test
    void invitingAnInvitedUserAgainWithTheSameRolesIssuesAFreshTokenForSevenDays() {
        fixture.given(INVITED_EARLIER)
                .when(invite(TENANT, Set.of(BOX_OFFICE)))
                .expectEvents(REISSUED)
                .expectResultMessagePayload(new InvitationResult(USER, TOKEN));
    }

    @Test
    void invitingAnInvitedUserIntoAnotherOrganisationGrantsTheMembershipAndIssuesAFreshToken() {
        fixture.given(INVITED_EARLIER)
                .when(invite(OTHER_TENANT, Set.of(FINANCE)))
                .expectEvents(new MembershipGranted(USER, OTHER_TENANT, Set.of(FINANCE), NOW),
                        new InvitationReissued(USER, OTHER_TENANT, Digests.sha256Hex(TOKEN), EXPIRES, NOW))
                .expectResultMessagePayload(new InvitationResult(USER, TOKEN));
    }

    @Test
    void invitingAnInvitedUserAgainWithOtherRolesIsRejectedAndIssuesNoToken() {
        fixture.given(INVITED_EARLIER)
                .when(invite(TENANT, Set.of(FINANCE)))
                .expectException(AlreadyAMember.class)
                .expectNoEvents();
    }

    @Test
    void anActiveUserInvitedAgainGetsTheMembershipButNoToken() {
        fixture.given(INVITED_EARLIER, new InvitationAccepted(USER, "hashed:" + NEW_PASSWORD, NOW))
                .when(invite(OTHER_TENANT, Set.of(FINANCE)))
                .expectEvents(new MembershipGranted(USER, OTHER_TENANT, Set.of(FINANCE), NOW))
                .expectResultMessagePayload(new InvitationResult(USER, null));
    }

    @Test
    void aDisabledInvitedUserIsNotInvitedAgain() {
        fixture.given(INVITED_EARLIER, new StaffUserDisabled(USER, NOW))
                .when(invite(TENANT, Set.of(BOX_OFFICE)))
                .expectException(UserIsDisabled.class)
                .expectNoEvents();
    }

    @Test
    void theFreshTokenActivatesTheUserAfterTheEarlierOneExpired() {
        fixture.given(INVITED_EARLIER, REISSUED)
                .when(new AcceptInvitationCommand(USER, TOKEN, NEW_PASSWORD))
                .expectEvents(new InvitationAccepted(USER, "hashed:" + NEW_PASSWORD, NOW));
    }

    @Test
    void theEarlierTokenNoLongerWorks() {
        fixture.given(INVITED_EARLIER, REISSUED)
                .when(new AcceptInvitationCommand(USER, EARLIER_TOKEN, NEW_PASSWORD))
                .expectException(InvalidInvitation.class)
                .expectNoEvents();
    }

    private static InviteStaffMemberCommand invite(TenantId tenant, Set<StaffRole> roles) {
        return new InviteStaffMemberCommand(UserId.random(), tenant, EMAIL, "Ada", roles);
    }
}
