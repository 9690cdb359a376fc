package io.admitone.admin.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The bearer token the server issues on sign-in; later calls to the API present it. */
// The server may add fields (expiry, refresh token) before this client reads them.
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessToken(String accessToken) {

    boolean isPresent() {
        return accessToken != null && !accessToken.isBlank();
    }

    @Override
    public String toString() {
        // A token in a log line is a credential anyone reading the log can use.
        return "AccessToken[***]";
    }
}
