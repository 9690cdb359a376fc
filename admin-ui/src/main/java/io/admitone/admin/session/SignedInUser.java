package io.admitone.admin.session;

import io.admitone.admin.api.AccessToken;

/** A staff member who has signed in, with the token the server issued to them and what it says of them. */
public record SignedInUser(String email, AccessToken accessToken, TokenClaims claims) {

    public SignedInUser(String email, AccessToken accessToken) {
        this(email, accessToken, TokenClaims.of(accessToken));
    }
}
