package io.admitone.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Disables a user for good: every later command for them is rejected, but nothing of theirs is deleted. */
public record DisableStaffUserCommand(@TargetAggregateIdentifier UserId userId) {
}
