package io.admitone.kernel.identity;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Replaces a member's roles in an organisation with {@code roles}. */
public record ChangeMembershipRolesCommand(@TargetAggregateIdentifier UserId userId, TenantId tenantId,
                                           Set<StaffRole> roles) {
}
