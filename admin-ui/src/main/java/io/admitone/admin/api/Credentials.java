package io.admitone.admin.api;

/** What a staff member signs in with; the body of a token request. */
public record Credentials(String email, String password) {

    @Override
    public String toString() {
        // Keeps the password out of logs and exception messages that print the request.
        return "Credentials[email=" + email + ", password=***]";
    }
}
