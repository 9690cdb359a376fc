package io.admitone.admin.session;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/** Keeps the signed-in user in the current Vaadin session. */
public final class AdminSession {

    private AdminSession() {
    }

    public static void signIn(SignedInUser user) {
        // A new session id on sign-in, so that an id planted in the browser beforehand is worth nothing.
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession.getCurrent().setAttribute(SignedInUser.class, user);
    }

    public static Optional<SignedInUser> signedInUser() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(SignedInUser.class));
    }

    public static boolean isSignedIn() {
        return signedInUser().isPresent();
    }
}
