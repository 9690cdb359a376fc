package io.admitone.admin.session;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.identity.StaffRole;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the signed-in user in the current Vaadin session, with the organisation they are working in and the stream
 * position of their last change.
 */
public final class AdminSession {

    private record Organisation(UUID id) {
    }

    private record LastWrite(long position) {
    }

    private AdminSession() {
    }

    public static void signIn(SignedInUser user) {
        // A new session id on sign-in, so that an id planted in the browser beforehand is worth nothing.
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SignedInUser.class, user);
        user.identity().memberships().keySet().stream().findFirst().ifPresent(AdminSession::workIn);
    }

    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().invalidate();
        }
    }

    public static Optional<SignedInUser> signedInUser() {
        return attribute(SignedInUser.class);
    }

    public static boolean isSignedIn() {
        return signedInUser().isPresent();
    }

    /** The organisation the user is working in: the first of their memberships until they switch. */
    public static Optional<UUID> organisation() {
        return attribute(Organisation.class).map(Organisation::id);
    }

    /** The organisation the user is working in, for views that only open within one. */
    public static UUID requireOrganisation() {
        return organisation().orElseThrow(() -> new IllegalStateException("No organisation is selected"));
    }

    public static void workIn(UUID organisation) {
        VaadinSession.getCurrent().setAttribute(Organisation.class, new Organisation(organisation));
    }

    public static Set<StaffRole> roles() {
        return signedInUser().flatMap(user -> organisation().map(user.identity()::rolesIn)).orElse(Set.of());
    }

    /** Whether the user's roles in the current organisation allow the operation. */
    public static boolean may(Operation operation) {
        return operation.allowedFor(roles());
    }

    public static boolean isPlatformAdmin() {
        return signedInUser().map(user -> user.identity().platformAdmin()).orElse(false);
    }

    static Optional<Long> lastWritePosition() {
        return attribute(LastWrite.class).map(LastWrite::position);
    }

    static void wrote(long position) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && lastWritePosition().map(last -> position > last).orElse(true)) {
            session.setAttribute(LastWrite.class, new LastWrite(position));
        }
    }

    private static <T> Optional<T> attribute(Class<T> type) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(type));
    }
}
