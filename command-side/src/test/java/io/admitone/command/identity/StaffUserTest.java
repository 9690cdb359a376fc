package io.admitone.command.identity;

import io.admitone.kernel.identity.AcceptInvitationCommand;
import io.admitone.kernel.identity.ChangePasswordCommand;
import io.admitone.kernel.identity.DisableStaffUserCommand;
import io.admitone.kernel.identity.InvitationAccepted;
import io.admitone.kernel.identity.PasswordChanged;
import io.admitone.kernel.identity.RegisterPlatformAdminCommand;
import io.admitone.kernel.identity.StaffUserDisabled;
import io.admitone.kernel.identity.UserId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.admitone.command.identity.StaffUserFixtures.ADMIN;
import static io.admitone.command.identity.StaffUserFixtures.EMAIL;
import static io.admitone.command.identity.StaffUserFixtures.EXPIRES;
import static io.admitone.command.identity.StaffUserFixtures.INVITED;
import static io.admitone.command.identity.StaffUserFixtures.NOW;
import static io.admitone.command.identity.StaffUserFixtures.PASSWORD;
import static io.admitone.command.identity.StaffUserFixtures.TOKEN;
import static io.admitone.command.identity.StaffUserFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;

class StaffUserTest {

    private static final String NEW_PASSWORD = "a much longer passphrase";

    private InMemoryStaffEmailRegistry emails;
    private AggregateTestFixture<StaffUser> fixture;

    @BeforeEach
    void setUp() {
        emails = new InMemoryStaffEmailRegistry();
        fixture = StaffUserFixtures.fixture(emails, new InMemoryOrganisationOwners());
    }

    @Test
    void registeringThePlatformAdminRecordsTheNormalisedEmailAndOnlyAHash() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlatformAdminCommand(USER, " Ada@Example.COM ", " Ada ", PASSWORD))
                .expectEvents(ADMIN);
        assertThat(emails.owner(EMAIL)).contains(USER);
    }

    @Test
    void registeringAnEmailAnotherUserHasIsRejected() {
        emails.claim(EMAIL, UserId.random());
        fixture.givenNoPriorActivity()
                .when(new RegisterPlatformAdminCommand(USER, EMAIL, "Ada", PASSWORD))
                .expectException(EmailAlreadyRegistered.class)
                .expectNoEvents();
    }

    @Test
    void aPlatformAdminWithAShortPasswordIsRejectedWithoutClaimingTheEmail() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlatformAdminCommand(USER, EMAIL, "Ada", "too short"))
                .expectException(InvalidPassword.class)
                .expectNoEvents();
        assertThat(emails.owner(EMAIL)).isEmpty();
    }

    @Test
    void acceptingAnInvitationWithItsTokenActivatesTheUser() {
        fixture.given(INVITED)
                .when(new AcceptInvitationCommand(USER, TOKEN, NEW_PASSWORD))
                .expectEvents(new InvitationAccepted(USER, "hashed:" + NEW_PASSWORD, NOW));
    }

    @Test
    void aWrongInvitationTokenIsRejected() {
        fixture.given(INVITED)
                .when(new AcceptInvitationCommand(USER, TOKEN + "x", NEW_PASSWORD))
                .expectException(InvalidInvitation.class)
                .expectNoEvents();
    }

    @Test
    void anExpiredInvitationIsRejected() {
        fixture.given(StaffUserFixtures.invitedUntil(NOW))
                .when(new AcceptInvitationCommand(USER, TOKEN, NEW_PASSWORD))
                .expectException(InvitationExpired.class)
                .expectNoEvents();
    }

    @Test
    void anInvitationCanBeAcceptedOnlyOnce() {
        fixture.given(INVITED, new InvitationAccepted(USER, "hashed:" + NEW_PASSWORD, NOW))
                .when(new AcceptInvitationCommand(USER, TOKEN, "yet another passphrase"))
                .expectException(InvalidInvitation.class)
                .expectNoEvents();
    }

    @Test
    void acceptingWithATooShortPasswordIsRejected() {
        fixture.given(INVITED)
                .when(new AcceptInvitationCommand(USER, TOKEN, "short"))
                .expectException(InvalidPassword.class)
                .expectNoEvents();
    }

    @Test
    void changingThePasswordWithTheCurrentOneRecordsTheNewHash() {
        fixture.given(ADMIN)
                .when(new ChangePasswordCommand(USER, PASSWORD, NEW_PASSWORD))
                .expectEvents(new PasswordChanged(USER, "hashed:" + NEW_PASSWORD, NOW));
    }

    @Test
    void changingThePasswordWithAWrongCurrentOneIsRejected() {
        fixture.given(ADMIN)
                .when(new ChangePasswordCommand(USER, "not the password", NEW_PASSWORD))
                .expectException(CurrentPasswordMismatch.class)
                .expectNoEvents();
    }

    @Test
    void anInvitedUserCannotChangeAPasswordTheyDoNotHaveYet() {
        fixture.given(INVITED)
                .when(new ChangePasswordCommand(USER, PASSWORD, NEW_PASSWORD))
                .expectException(UserNotActive.class)
                .expectNoEvents();
    }

    @Test
    void disablingRecordsIt() {
        fixture.given(ADMIN)
                .when(new DisableStaffUserCommand(USER))
                .expectEvents(new StaffUserDisabled(USER, NOW));
    }

    @Test
    void disablingADisabledUserChangesNothing() {
        fixture.given(ADMIN, new StaffUserDisabled(USER, NOW))
                .when(new DisableStaffUserCommand(USER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDisabledUserCannotChangeTheirPassword() {
        fixture.given(ADMIN, new StaffUserDisabled(USER, NOW))
                .when(new ChangePasswordCommand(USER, PASSWORD, NEW_PASSWORD))
                .expectException(UserIsDisabled.class)
                .expectNoEvents();
    }

    @Test
    void aDisabledUserCannotAcceptTheirInvitation() {
        fixture.given(INVITED, new StaffUserDisabled(USER, EXPIRES))
                .when(new AcceptInvitationCommand(USER, TOKEN, NEW_PASSWORD))
                .expectException(UserIsDisabled.class)
                .expectNoEvents();
    }
}
