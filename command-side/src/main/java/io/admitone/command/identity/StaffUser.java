package io.admitone.command.identity;

import io.admitone.kernel.identity.AcceptInvitationCommand;
import io.admitone.kernel.identity.ChangeMembershipRolesCommand;
import io.admitone.kernel.identity.ChangePasswordCommand;
import io.admitone.kernel.identity.DisableStaffUserCommand;
import io.admitone.kernel.identity.GrantMembershipCommand;
import io.admitone.kernel.identity.InvitationAccepted;
import io.admitone.kernel.identity.InvitationReissued;
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

import static io.admitone.kernel.identity.StaffRole.OWNER;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A staff user with their memberships. Invitations are created by {@link StaffInvitations}, because inviting an
 * e-mail that already has a user must reach that user's aggregate instead of creating one. Every change of a
 * membership's owner role is also written to {@link OrganisationOwners}: whether the organisation keeps an owner
 * depends on the other users' roles, which this aggregate cannot see.
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

    StaffUser(StaffMemberInvited invitation, OrganisationOwners owners) {
        if (invitation.roles().contains(OWNER)) {
            owners.add(invitation.tenantId(), invitation.userId());
        }
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
    void handle(GrantMembershipCommand command, OrganisationOwners owners, Clock clock) {
        grant(command.tenantId(), command.roles(), owners, clock.instant());
    }

    /** Grants a membership; granting the roles the user already has there changes nothing. */
    void grant(TenantId tenantId, Set<StaffRole> requested, OrganisationOwners owners, Instant now) {
        rejectIfDisabled();
        Set<StaffRole> roles = StaffUserRules.roles(requested);
        Set<StaffRole> current = memberships.get(tenantId);
        if (current == null) {
            keepOwners(tenantId, Set.of(), roles, owners);
            apply(new MembershipGranted(userId, tenantId, roles, now));
        } else if (!current.equals(roles)) {
            throw new AlreadyAMember(userId, tenantId);
        }
    }

    /**
     * Invites an existing user into an organisation: the membership as {@link #grant} makes it, and, while the user
     * has not accepted an earlier invitation, the new invitation in place of the old. Answers whether it was issued.
     */
    boolean inviteAgain(TenantId tenantId, Set<StaffRole> roles, PendingInvitation renewed, OrganisationOwners owners,
                        Instant now) {
        grant(tenantId, roles, owners, now);
        if (status != StaffUserStatus.INVITED) {
            return false;
        }
        apply(new InvitationReissued(userId, tenantId, renewed.tokenHash(), renewed.expiresAt(), now));
        return true;
    }

    @CommandHandler
    void handle(ChangeMembershipRolesCommand command, OrganisationOwners owners, Clock clock) {
        rejectIfDisabled();
        Set<StaffRole> roles = StaffUserRules.roles(command.roles());
        Set<StaffRole> current = memberships.get(command.tenantId());
        if (current == null) {
            throw new MembershipNotFound(userId, command.tenantId());
        }
        if (!current.equals(roles)) {
            keepOwners(command.tenantId(), current, roles, owners);
            apply(new MembershipRolesChanged(userId, command.tenantId(), roles, clock.instant()));
        }
    }

    @CommandHandler
    void handle(RevokeMembershipCommand command, OrganisationOwners owners, Clock clock) {
        rejectIfDisabled();
        Set<StaffRole> current = memberships.get(command.tenantId());
        if (current != null) {
            keepOwners(command.tenantId(), current, Set.of(), owners);
            apply(new MembershipRevoked(userId, command.tenantId(), clock.instant()));
        }
    }

    /** Records the user gaining or losing the owner role, unless that would leave the organisation without one. */
    private void keepOwners(TenantId tenantId, Set<StaffRole> before, Set<StaffRole> after, OrganisationOwners owners) {
        boolean wasOwner = before.contains(OWNER);
        boolean isOwner = after.contains(OWNER);
        if (wasOwner && !isOwner) {
            boolean lastOwner = owners.lockOwners(tenantId).equals(Set.of(userId));
            if (lastOwner) {
                throw new LastOwner(userId, tenantId);
            }
            owners.remove(tenantId, userId);
        } else if (!wasOwner && isOwner) {
            owners.add(tenantId, userId);
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

    /**
     * Disabling a disabled user changes nothing, so that a repeated request does not fail. Disabling shuts out a
     * departed or compromised account, so it is never refused, not even for an organisation's last owner; a
     * disabled user no longer counts as an owner, and the platform admin appoints a new one.
     */
    @CommandHandler
    void handle(DisableStaffUserCommand command, OrganisationOwners owners, Clock clock) {
        if (status != StaffUserStatus.DISABLED) {
            owners.removeEverywhere(userId);
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
    void on(InvitationReissued event) {
        invitation = new PendingInvitation(event.invitationTokenHash(), event.invitationExpiresAt());
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
