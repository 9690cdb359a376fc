package io.admitone.plugin.api.authentication;

import org.pf4j.ExtensionPoint;

import java.util.Optional;

/**
 * Another way for staff to prove who they are when signing in with an e-mail address and a password (a company
 * directory, say). The server asks the providers of the installation in turn when its own password check fails; a
 * provider that vouches for the person answers their e-mail address, and the server signs in the AdmitOne user with
 * that address, with the roles AdmitOne gave them: a provider proves identity, never grants access.
 *
 * <pre>{@code
 * @Extension
 * public class CompanyDirectory implements AuthenticationProvider {
 *     public String name() { return "company-directory"; }
 *     public Optional<String> authenticate(String email, char[] password) {
 *         return directory.bind(email, password) ? Optional.of(email) : Optional.empty();
 *     }
 * }
 * }</pre>
 */
public interface AuthenticationProvider extends ExtensionPoint {

    /** 1 to 64 of {@code a-z 0-9 -}. */
    String name();

    /** The e-mail address of the person these credentials prove, or empty when they prove no one. */
    Optional<String> authenticate(String email, char[] password);
}
