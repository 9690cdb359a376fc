package io.admitone.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes an active user's password; {@code currentPassword} must match the one in use. */
public record ChangePasswordCommand(@TargetAggregateIdentifier UserId userId, String currentPassword,
                                    String newPassword) {

    /** Keeps both passwords out of any log line that prints the command. */
    @Override
    public String toString() {
        return "ChangePasswordCommand[userId=" + userId + "]";
    }
}
