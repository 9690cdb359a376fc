package io.admitone.admin.sso;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.WrappedSession;
import io.admitone.admin.api.AccessToken;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.session.SignedInUser;
import com.vaadin.flow.server.VaadinSession;

/**
 * Where the single sign-on flow ends: the provider's access token is shown to the AdmitOne server, which says who the
 * user is there; then they are signed in to the admin like anyone else. A user the server does not know (never
 * invited, disabled) is told so here.
 */
@Route(SingleSignOnView.ROUTE)
@PageTitle("Single sign-on · AdmitOne")
public class SingleSignOnView extends Main implements BeforeEnterObserver {

    static final String ROUTE = "sso";

    private final AdmitOneApiClient api;
    private final Paragraph failure = new Paragraph();

    public SingleSignOnView(AdmitOneApiClient api) {
        this.api = api;
        addClassName("sign-in");
        failure.setId("sso-failure");
        failure.getElement().setAttribute("role", "alert");
        add(new H1("AdmitOne"), failure);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object arrived = session.getAttribute(ProviderSignIn.class.getName());
        session.removeAttribute(ProviderSignIn.class.getName());
        if (!(arrived instanceof ProviderSignIn signIn)) {
            event.forwardTo("login");
            return;
        }
        AccessToken token = new AccessToken(signIn.accessToken());
        try {
            AdminSession.signIn(new SignedInUser(signIn.email(), token, api.identify(token)));
            event.forwardTo("dashboard");
        } catch (AdmitOneApiException e) {
            failure.setText(e.signedOut()
                    ? "You signed in at your provider, but AdmitOne does not know " + signIn.email()
                    + " as an active staff member. Ask an admin of your organisation to invite you."
                    : e.getMessage());
        }
    }
}
