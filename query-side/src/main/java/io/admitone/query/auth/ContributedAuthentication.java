package io.admitone.query.auth;

import java.util.Optional;

/**
 * Other ways to prove who signs in with an e-mail address and a password, such as the authentication providers of
 * the installation's plugins: asked when AdmitOne's own password check fails.
 */
public interface ContributedAuthentication {

    ContributedAuthentication NONE = (email, password) -> Optional.empty();

    /** The e-mail address these credentials prove, or empty when they prove no one. */
    Optional<String> authenticate(String email, char[] password);
}
