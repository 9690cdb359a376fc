package io.admitone.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers the platform admin under an e-mail no other user has; the password is hashed by the handler. */
public record RegisterPlatformAdminCommand(@TargetAggregateIdentifier UserId userId, String email,
                                           String displayName, String password) {

    /** Keeps the password out of any log line that prints the command. */
    @Override
    public String toString() {
        return "RegisterPlatformAdminCommand[userId=" + userId + ", email=" + email + "]";
    }
}
