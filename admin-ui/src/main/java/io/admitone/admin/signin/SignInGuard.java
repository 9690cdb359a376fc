package io.admitone.admin.signin;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.admitone.admin.invitation.AcceptInvitationView;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.sso.SingleSignOnView;
import org.springframework.stereotype.Component;

/**
 * Sends anyone who is not signed in to the sign-in page, whatever view they asked for. One guard for
 * every view, so that a view added later is closed until someone decides otherwise.
 */
@Component
class SignInGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::requireSignIn));
    }

    private void requireSignIn(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        boolean open = target == SignInView.class || target == SingleSignOnView.class
                || target == AcceptInvitationView.class;
        if (!open && !AdminSession.isSignedIn()) {
            event.forwardTo(SignInView.class);
        }
    }
}
