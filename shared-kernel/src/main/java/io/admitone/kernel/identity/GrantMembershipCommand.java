package io.admitone.kernel.identity;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Makes an existing user a member of an organisation with {@code roles}. */
public record GrantMembershipCommand(@TargetAggregateIdentifier UserId userId, TenantId tenantId,
                                     Set<StaffRole> roles) {
}
