package io.admitone.admin.invitation;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.UUID;

/**
 * Where an invited staff member lands from their invitation link: they choose a password (12 characters at the
 * least, as the server requires) and can sign in from then on. Open to anyone; the link's token is the credential.
 */
@Route(AcceptInvitationView.ROUTE)
@PageTitle("Accept your invitation · AdmitOne")
public class AcceptInvitationView extends Main implements BeforeEnterObserver {

    static final String ROUTE = "invitation";
    private static final int SHORTEST_PASSWORD = 12;

    record Acceptance(UUID userId, String token, String password) {
    }

    private final AdmitOneApiClient api;
    private final PasswordField password = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("Repeat the password");
    private final Paragraph outcome = new Paragraph();
    private final Button accept = new Button("Set password", click -> accept());
    private final Div card;
    private UUID user;
    private String token;

    public AcceptInvitationView(AdmitOneApiClient api) {
        this.api = api;
        addClassName("sign-in");
        password.setRequired(true);
        password.setHelperText("At least " + SHORTEST_PASSWORD + " characters");
        password.setAutofocus(true);
        repeated.setRequired(true);
        outcome.setId("invitation-outcome");
        outcome.getElement().setAttribute("role", "alert");
        outcome.setVisible(false);
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.addClickShortcut(Key.ENTER);
        accept.setDisableOnClick(true);
        card = new Div(new H1("AdmitOne"), new Paragraph("Choose the password you will sign in with."),
                password, repeated, outcome, accept);
        card.addClassName("sign-in-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        token = parameters.getOrDefault("token", List.of("")).getFirst();
        try {
            user = UUID.fromString(parameters.getOrDefault("user", List.of("")).getFirst());
        } catch (IllegalArgumentException notAUserId) {
            user = null;
        }
        if (user == null || token.isBlank()) {
            refuse("This invitation link is incomplete. Open the whole link you were sent.");
        }
    }

    private void accept() {
        try {
            if (password.getValue().length() < SHORTEST_PASSWORD) {
                tell("Choose a password of at least " + SHORTEST_PASSWORD + " characters.");
            } else if (!password.getValue().equals(repeated.getValue())) {
                tell("The two passwords differ.");
            } else {
                api.send(HttpMethod.POST, ApiPath.of("/api/v1/auth/invitations/accept"),
                        new Acceptance(user, token, password.getValue()));
                card.removeAll();
                Anchor signIn = new Anchor("login", "Sign in");
                signIn.setId("invitation-sign-in");
                card.add(new H1("AdmitOne"), new Paragraph("Your password is set. Welcome to AdmitOne."), signIn);
            }
        } catch (AdmitOneApiException e) {
            tell(e.getMessage());
        } finally {
            accept.setEnabled(true);
        }
    }

    private void refuse(String message) {
        tell(message);
        password.setEnabled(false);
        repeated.setEnabled(false);
        accept.setEnabled(false);
    }

    private void tell(String message) {
        outcome.setText(message);
        outcome.setVisible(true);
    }
}
