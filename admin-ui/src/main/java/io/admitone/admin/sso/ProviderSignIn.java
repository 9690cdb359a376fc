package io.admitone.admin.sso;

import java.io.Serializable;

/** A sign-in at the provider on its way from the flow's last redirect into the admin's session. */
record ProviderSignIn(String email, String accessToken) implements Serializable {

    @Override
    public String toString() {
        // A token in a log line is a credential anyone reading the log can use.
        return "ProviderSignIn[" + email + ", ***]";
    }
}
