package io.admitone.admin.session;

import io.admitone.admin.api.AccessToken;
import io.admitone.admin.api.Identity;

/** A staff member who has signed in: the e-mail they are shown by, their token and who the server takes them for. */
public record SignedInUser(String email, AccessToken accessToken, Identity identity) {
}
