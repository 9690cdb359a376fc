package io.admitone.kernel.identity;

/**
 * The answer to an invitation: the invited user, and the invitation token to hand to them — shown this once and
 * stored only as a hash. The token is {@code null} when the e-mail belonged to a user who has accepted an
 * invitation before (or is the platform admin): they got the membership directly. A user still waiting to accept
 * gets a fresh token, which replaces their earlier one.
 */
public record InvitationResult(UserId userId, String invitationToken) {

    @Override
    public String toString() {
        return "InvitationResult[userId=" + userId + ", tokenIssued=" + (invitationToken != null) + "]";
    }
}
