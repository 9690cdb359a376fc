package io.admitone.admin.dashboard;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.session.SignedInUser;

/** Confirms to a signed-in staff member that they are in. */
@Route(value = "dashboard", layout = AdminLayout.class)
@PageTitle("Dashboard · AdmitOne")
public class DashboardView extends Main implements BeforeEnterObserver {

    private final Paragraph signedInAs = new Paragraph();

    public DashboardView() {
        addClassName("dashboard");
        add(new H1("Dashboard"), signedInAs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // SignInGuard sends everyone else to the sign-in page before this runs.
        AdminSession.signedInUser()
                .map(SignedInUser::email)
                .ifPresent(email -> signedInAs.setText("You are signed in as " + email + "."));
    }
}
