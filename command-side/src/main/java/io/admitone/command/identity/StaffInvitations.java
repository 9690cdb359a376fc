package io.admitone.command.identity;

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
 * creates an invited user, an e-mail that already has a user grants that user the membership directly.
 */
@Component
class StaffInvitations {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final Repository<StaffUser> users;
    private final StaffEmailRegistry emails;
    private final SecretTokens tokens;
    private final Clock clock;

    StaffInvitations(Repository<StaffUser> users, StaffEmailRegistry emails, SecretTokens tokens, Clock clock) {
        this.users = users;
        this.emails = emails;
        this.tokens = tokens;
        this.clock = clock;
    }

    @CommandHandler
    InvitationResult handle(InviteStaffMemberCommand command) throws Exception {
        String email = StaffUserRules.email(command.email());
        String displayName = StaffUserRules.displayName(command.displayName());
        Set<StaffRole> roles = StaffUserRules.roles(command.roles());
        Instant now = clock.instant();
        Optional<UserId> existing = emails.claim(email, command.userId());
        if (existing.isPresent()) {
            users.load(existing.get().toString()).execute(user -> user.grant(command.tenantId(), roles, now));
            return new InvitationResult(existing.get(), null);
        }
        String token = tokens.newToken();
        users.newInstance(() -> new StaffUser(new StaffMemberInvited(command.userId(), email, displayName,
                command.tenantId(), roles, SecretTokens.sha256(token), now.plus(INVITATION_VALIDITY), now)));
        return new InvitationResult(command.userId(), token);
    }
}
