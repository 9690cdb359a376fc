package io.admitone.command.identity;

import io.admitone.command.organisation.Organisations;
import io.admitone.command.secrets.SecretTokens;
import io.admitone.kernel.Digests;
import io.admitone.kernel.identity.InvitationResult;
import io.admitone.kernel.identity.InviteStaffMemberCommand;
import io.admitone.kernel.identity.StaffMemberInvited;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.UserId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Handles invitations outside the aggregate because the e-mail decides which aggregate they reach: a new e-mail
 * creates an invited user, an e-mail that already has a user grants that user the membership directly and, if they
 * have not accepted yet, invites them again with a fresh token.
 */
@Component
class StaffInvitations {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final Repository<StaffUser> users;
    private final Organisations organisations;
    private final StaffEmailRegistry emails;
    private final OrganisationOwners owners;
    private final SecretTokens tokens;
    private final Clock clock;

    StaffInvitations(Repository<StaffUser> users, Organisations organisations, StaffEmailRegistry emails,
                     OrganisationOwners owners, SecretTokens tokens, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.emails = emails;
        this.owners = owners;
        this.tokens = tokens;
        this.clock = clock;
    }

    @CommandHandler
    InvitationResult handle(InviteStaffMemberCommand command) throws Exception {
        String email = StaffUserRules.email(command.email());
        String displayName = StaffUserRules.displayName(command.displayName());
        Set<StaffRole> roles = StaffUserRules.roles(command.roles());
        organisations.requireOpen(command.tenantId());
        Instant now = clock.instant();
        String token = tokens.newToken();
        PendingInvitation invitation = new PendingInvitation(Digests.sha256Hex(token), now.plus(INVITATION_VALIDITY));
        Optional<UserId> existing = emails.claim(email, command.userId());
        if (existing.isPresent()) {
            boolean reissued = users.load(existing.get().toString())
                    .invoke(user -> user.inviteAgain(command.tenantId(), roles, invitation, owners, now));
            return new InvitationResult(existing.get(), reissued ? token : null);
        }
        users.newInstance(() -> new StaffUser(new StaffMemberInvited(command.userId(), email, displayName,
                command.tenantId(), roles, invitation.tokenHash(), invitation.expiresAt(), now), owners));
        return new InvitationResult(command.userId(), token);
    }
}
