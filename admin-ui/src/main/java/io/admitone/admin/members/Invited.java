package io.admitone.admin.members;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * The answer to an invitation: the user, and the token to pass to them, given this once; null when the user has
 * accepted an invitation before and is simply a member now.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Invited(UUID userId, String invitationToken) {
}
