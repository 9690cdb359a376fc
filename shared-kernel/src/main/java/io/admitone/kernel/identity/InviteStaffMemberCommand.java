package io.admitone.kernel.identity;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Invites {@code email} into an organisation with {@code roles}. {@code userId} is the id a new user gets; if the
 * e-mail already belongs to a user, that user is granted the membership instead, and invited again if they have not
 * accepted yet. Answers an {@link InvitationResult}.
 */
public record InviteStaffMemberCommand(@TargetAggregateIdentifier UserId userId, TenantId tenantId, String email,
                                       String displayName, Set<StaffRole> roles) {
}
