package io.admitone.admin.signin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.admitone.admin.api.AccessToken;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.Credentials;
import io.admitone.admin.dashboard.DashboardView;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.session.SignedInUser;
import io.admitone.admin.sso.SingleSignOnProperties;

/** Exchanges a staff member's e-mail and password for an access token at the AdmitOne server. */
@Route("")
@RouteAlias("login")
@PageTitle("Sign in · AdmitOne")
public class SignInView extends Main implements BeforeEnterObserver {

    private final AdmitOneApiClient api;
    private final EmailField email = new EmailField("E-mail");
    private final PasswordField password = new PasswordField("Password");
    private final Paragraph failure = new Paragraph();
    private final Button signIn = new Button("Sign in", click -> signIn());

    public SignInView(AdmitOneApiClient api, SingleSignOnProperties sso) {
        this.api = api;
        addClassName("sign-in");
        add(card(sso));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (AdminSession.isSignedIn()) {
            event.forwardTo(DashboardView.class);
        } else if (event.getLocation().getQueryParameters().getParameters().containsKey("sso")) {
            showFailure("Single sign-on did not complete. Try again, or sign in with your AdmitOne password.");
        }
    }

    private Div card(SingleSignOnProperties sso) {
        configureFields();
        failure.setId("sign-in-failure");
        failure.addClassName("sign-in-failure");
        // role=alert makes screen readers announce the failure the moment it appears.
        failure.getElement().setAttribute("role", "alert");
        failure.setVisible(false);
        signIn.addThemeVariants(ButtonVariant.PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.setDisableOnClick(true);
        Div card = new Div(new H1("AdmitOne"), new Paragraph("Sign in to manage your events."),
                email, password, failure, signIn);
        if (sso.enabled()) {
            // A plain link, not a route: the provider's flow leaves the application and comes back.
            Anchor provider = new Anchor(SingleSignOnProperties.START_PATH, "Sign in with " + sso.providerName());
            provider.setRouterIgnore(true);
            provider.setId("sign-in-sso");
            provider.addClassName("sign-in-sso");
            card.add(provider);
        }
        card.addClassName("sign-in-card");
        return card;
    }

    private void configureFields() {
        email.setRequired(true);
        email.setAutofocus(true);
        email.setAutocomplete(Autocomplete.USERNAME);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setRequiredErrorMessage("Enter your e-mail address")
                .setPatternErrorMessage("Enter an e-mail address such as name@example.com"));
        password.setRequired(true);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setI18n(new PasswordField.PasswordFieldI18n().setRequiredErrorMessage("Enter your password"));
    }

    private void signIn() {
        try {
            if (credentialsEntered()) {
                String address = email.getValue().strip();
                AccessToken token = api.requestToken(new Credentials(address, password.getValue()));
                AdminSession.signIn(new SignedInUser(address, token, api.identify(token)));
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class));
            } else {
                showFailure("Enter your e-mail address and password.");
            }
        } catch (AdmitOneApiException e) {
            showFailure(e.getMessage());
        } finally {
            signIn.setEnabled(true);
        }
    }

    private boolean credentialsEntered() {
        return !email.isEmpty() && !email.isInvalid() && !password.isEmpty();
    }

    private void showFailure(String message) {
        failure.setText(message);
        failure.setVisible(true);
    }
}
