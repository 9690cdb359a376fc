package io.admitone.admin.members;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.invitation.InvitationLink;
import io.admitone.admin.ui.ShownOnce;
import org.springframework.http.HttpMethod;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Invites a staff member with roles. A new user gets an invitation token, shown once here to be passed on; a user
 * who has an account already is a member at once.
 */
class InviteDialog extends Dialog {

    private final AdmitOneApiClient api;
    private final UUID organisation;
    private final Runnable invited;
    private final Binder<Invitation> binder = new Binder<>(Invitation.class);
    private final EmailField email = new EmailField("E-mail");
    private final TextField displayName = new TextField("Display name");
    private final RolesField roles = new RolesField();
    private final Button invite = new Button("Invite", click -> invite());

    InviteDialog(AdmitOneApiClient api, UUID organisation, Runnable invited) {
        this.api = api;
        this.organisation = organisation;
        this.invited = invited;
        setHeaderTitle("Invite a member");
        setId("invite-member");
        email.setMaxLength(254);
        displayName.setMaxLength(200);
        binder.forField(email).asRequired("Enter their e-mail address")
                .withValidator(new EmailValidator("Enter an e-mail address such as name@example.com"))
                .bind("email");
        binder.forField(displayName).asRequired("Enter the name colleagues know them by").bind("displayName");
        binder.forField(roles).withValidator(chosen -> !chosen.isEmpty(), "Give them at least one role").bind("roles");
        binder.readRecord(new Invitation("", "", Set.of()));
        FormLayout form = new FormLayout(email, displayName, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickShortcut(Key.ENTER);
        invite.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", click -> close()), invite);
    }

    private void invite() {
        try {
            Invitation invitation = binder.writeRecord();
            Invited answer = api.send(HttpMethod.POST, ApiPath.of("/api/v1/orgs/{orgId}/members", organisation),
                    invitation, Invited.class);
            close();
            invited.run();
            showOutcome(invitation, answer);
        } catch (ValidationException invalid) {
            // The binder marks each invalid field with its message.
        } catch (AdmitOneApiException e) {
            MembershipRefusals.show(e, email.getValue(),
                    Map.of("email", email, "displayName", displayName, "roles", roles));
        } finally {
            invite.setEnabled(true);
        }
    }

    private static void showOutcome(Invitation invitation, Invited answer) {
        if (answer.invitationToken() == null) {
            Notification.show(invitation.email() + " has an account already and is a member now.");
            return;
        }
        ShownOnce.open("Invitation created", "Invitation link",
                InvitationLink.to(answer.userId(), answer.invitationToken()),
                "Send this link to " + invitation.email() + ": they open it, choose a password and can sign in. "
                        + "It is valid for 7 days.");
    }
}
