package io.admitone.command.identity;

import io.admitone.kernel.identity.AcceptInvitationCommand;
import io.admitone.kernel.identity.ChangeMembershipRolesCommand;
import io.admitone.kernel.identity.ChangePasswordCommand;
import io.admitone.kernel.identity.DisableStaffUserCommand;
import io.admitone.kernel.identity.GrantMembershipCommand;
import io.admitone.kernel.identity.InvitationAccepted;
import io.admitone.kernel.identity.MembershipGranted;
import io.admitone.kernel.identity.MembershipRevoked;
import io.admitone.kernel.identity.MembershipRolesChanged;
import io.admitone.kernel.identity.PasswordChanged;
import io.admitone.kernel.identity.PlatformAdminRegistered;
import io.admitone.kernel.identity.RegisterPlatformAdminCommand;
import io.admitone.kernel.identity.RevokeMembershipCommand;
import io.admitone.kernel.identity.StaffMemberInvited;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.StaffUserDisabled;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A staff user with their memberships. Invitations are created by {@link StaffInvitations}, because inviting an
 * e-mail that already has a user must reach that user's aggregate instead of creating one.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class StaffUser {

    @AggregateIdentifier
    private UserId userId;
    private StaffUserStatus status;
    private String passwordHash;
    private PendingInvitation invitation;
    private Map<TenantId, Set<StaffRole>> memberships = new HashMap<>();

    StaffUser() {
    }

    @CommandHandler
    StaffUser(RegisterPlatformAdminCommand command, StaffEmailRegistry emails, PasswordHasher hasher, Clock clock) {
        String email = StaffUserRules.email(command.email());
        String displayName = StaffUserRules.displayName(command.displayName());
        String hash = hasher.hash(command.password());
        emails.claim(email, command.userId()).ifPresent(owner -> {
            throw new EmailAlreadyRegistered(email);
        });
        apply(new PlatformAdminRegistered(command.userId(), email, displayName, hash, clock.instant()));
    }

    StaffUser(StaffMemberInvited invitation) {
        apply(invitation);
    }

    @CommandHandler
    void handle(AcceptInvitationCommand command, PasswordHasher hasher, Clock clock) {
        rejectIfDisabled();
        if (status != StaffUserStatus.INVITED) {
            throw new InvalidInvitation(userId);
        }
        invitation.check(userId, command.invitationToken(), clock.instant());
        apply(new InvitationAccepted(userId, hasher.hash(command.newPassword()), clock.instant()));
    }

    @CommandHandler
    void handle(GrantMembershipCommand command, Clock clock) {
        grant(command.tenantId(), command.roles(), clock.instant());
    }

    /** Grants a membership; granting the roles the user already has there changes nothing. */
    void grant(TenantId tenantId, Set<StaffRole> requested, Instant now) {
        rejectIfDisabled();
        Set<StaffRole> roles = StaffUserRules.roles(requested);
        Set<StaffRole> current = memberships.get(tenantId);
        if (current == null) {
            apply(new MembershipGranted(userId, tenantId, roles, now));
        } else if (!current.equals(roles)) {
            throw new AlreadyAMember(userId, tenantId);
        }
    }

    @CommandHandler
    void handle(ChangeMembershipRolesCommand command, Clock clock) {
        rejectIfDisabled();
        Set<StaffRole> roles = StaffUserRules.roles(command.roles());
        Set<StaffRole> current = memberships.get(command.tenantId());
        if (current == null) {
            throw new MembershipNotFound(userId, command.tenantId());
        }
        if (!current.equals(roles)) {
            apply(new MembershipRolesChanged(userId, command.tenantId(), roles, clock.instant()));
        }
    }

    @CommandHandler
    void handle(RevokeMembershipCommand command, Clock clock) {
        rejectIfDisabled();
        if (memberships.containsKey(command.tenantId())) {
            apply(new MembershipRevoked(userId, command.tenantId(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(ChangePasswordCommand command, PasswordHasher hasher, Clock clock) {
        rejectIfDisabled();
        if (status != StaffUserStatus.ACTIVE) {
            throw new UserNotActive(userId);
        }
        if (!hasher.matches(command.currentPassword(), passwordHash)) {
            throw new CurrentPasswordMismatch(userId);
        }
        apply(new PasswordChanged(userId, hasher.hash(command.newPassword()), clock.instant()));
    }

    /** Disabling a disabled user changes nothing, so that a repeated request does not fail. */
    @CommandHandler
    void handle(DisableStaffUserCommand command, Clock clock) {
        if (status != StaffUserStatus.DISABLED) {
            apply(new StaffUserDisabled(userId, clock.instant()));
        }
    }

    private void rejectIfDisabled() {
        if (status == StaffUserStatus.DISABLED) {
            throw new UserIsDisabled(userId);
        }
    }

    @EventSourcingHandler
    void on(PlatformAdminRegistered event) {
        userId = event.userId();
        status = StaffUserStatus.ACTIVE;
        passwordHash = event.passwordHash();
    }

    @EventSourcingHandler
    void on(StaffMemberInvited event) {
        userId = event.userId();
        status = StaffUserStatus.INVITED;
        invitation = new PendingInvitation(event.invitationTokenHash(), event.invitationExpiresAt());
        memberships.put(event.tenantId(), event.roles());
    }

    @EventSourcingHandler
    void on(InvitationAccepted event) {
        status = StaffUserStatus.ACTIVE;
        passwordHash = event.passwordHash();
        invitation = null;
    }

    @EventSourcingHandler
    void on(MembershipGranted event) {
        memberships.put(event.tenantId(), event.roles());
    }

    @EventSourcingHandler
    void on(MembershipRolesChanged event) {
        memberships.put(event.tenantId(), event.roles());
    }

    @EventSourcingHandler
    void on(MembershipRevoked event) {
        memberships.remove(event.tenantId());
    }

    @EventSourcingHandler
    void on(PasswordChanged event) {
        passwordHash = event.passwordHash();
    }

    @EventSourcingHandler
    void on(StaffUserDisabled event) {
        status = StaffUserStatus.DISABLED;
    }
}
