package io.admitone.admin.layout;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.admitone.admin.session.AdminSession;
import org.springframework.stereotype.Component;

/**
 * Turns a signed-in user away from a view their roles in the current organisation do not allow, whichever way they
 * reached it (a bookmark, a typed address, a link kept from another organisation).
 */
@Component
class ScreenGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::requireRole));
    }

    private void requireRole(BeforeEnterEvent event) {
        Requires requirement = event.getNavigationTarget().getAnnotation(Requires.class);
        if (requirement != null && AdminSession.isSignedIn() && !Screen.open(requirement)) {
            Notification.show("Your roles in this organisation do not include that screen.");
            event.forwardTo(Screen.DASHBOARD.route());
        }
    }
}
