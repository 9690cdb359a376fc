package io.admitone.kernel.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Activates an invited user who presents the invitation token and chooses a password. */
public record AcceptInvitationCommand(@TargetAggregateIdentifier UserId userId, String invitationToken,
                                      String newPassword) {

    /** Keeps the token and the password out of any log line that prints the command. */
    @Override
    public String toString() {
        return "AcceptInvitationCommand[userId=" + userId + "]";
    }
}
