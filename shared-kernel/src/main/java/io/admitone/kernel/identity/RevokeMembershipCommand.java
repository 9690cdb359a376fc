package io.admitone.kernel.identity;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a user from an organisation; revoking a membership the user does not have changes nothing. */
public record RevokeMembershipCommand(@TargetAggregateIdentifier UserId userId, TenantId tenantId) {
}
