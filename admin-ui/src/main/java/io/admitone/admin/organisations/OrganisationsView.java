package io.admitone.admin.organisations;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.invitation.InvitationLink;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.members.Invitation;
import io.admitone.admin.members.Invited;
import io.admitone.admin.ui.Problems;
import io.admitone.admin.ui.ShownOnce;
import io.admitone.kernel.identity.StaffRole;
import org.springframework.http.HttpMethod;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A platform admin opens an organisation (a tenant) and invites its first owner, who then gets a link to choose
 * their password and sets everything else up themselves. The server checks the slug, currency, zone and locale.
 */
@Route(value = "organisations", layout = AdminLayout.class)
@PageTitle("Organisations · AdmitOne")
@Requires(platformAdmin = true)
public class OrganisationsView extends Main {

    private final AdmitOneApiClient api;
    private final TextField name = new TextField("Name");
    private final TextField slug = new TextField("Slug");
    private final TextField currency = new TextField("Default currency");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final TextField locale = new TextField("Locale");
    private final EmailField ownerEmail = new EmailField("First owner's e-mail");
    private final TextField ownerName = new TextField("First owner's name");
    private final Button create = new Button("Create organisation", click -> create());

    public OrganisationsView(AdmitOneApiClient api) {
        this.api = api;
        addClassName("admin-screen");
        slug.setHelperText("Lower-case letters, digits and dashes; unique");
        currency.setValue("EUR");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue("Europe/Berlin");
        locale.setValue("en-GB");
        Stream.<HasValue<?, ?>>of(name, slug, currency, timeZone, locale, ownerEmail, ownerName)
                .forEach(field -> field.setRequiredIndicatorVisible(true));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setDisableOnClick(true);
        create.setId("create-organisation");
        FormLayout organisation = new FormLayout(name, slug, currency, timeZone, locale);
        FormLayout owner = new FormLayout(ownerEmail, ownerName);
        add(new H2("Organisations"),
                new Paragraph("Open an organisation and invite its first owner. They get a link to choose their "
                        + "password; everything else in the organisation is theirs to set up."),
                new H3("The organisation"), organisation, new H3("Its first owner"), owner, create);
    }

    private void create() {
        try {
            if (anyBlank()) {
                Notification.show("Fill in every field.", 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.ERROR);
                return;
            }
            Created organisation = api.send(HttpMethod.POST, ApiPath.of("/api/v1/orgs"), new NewOrganisation(
                    name.getValue().strip(), slug.getValue().strip(), currency.getValue().strip(),
                    timeZone.getValue(), locale.getValue().strip()), Created.class);
            Invited invited = api.send(HttpMethod.POST, ApiPath.of("/api/v1/orgs/{orgId}/members", organisation.id()),
                    new Invitation(ownerEmail.getValue().strip(), ownerName.getValue().strip(), Set.of(StaffRole.OWNER)),
                    Invited.class);
            ShownOnce.open("Organisation created", "Invitation link",
                    InvitationLink.to(invited.userId(), invited.invitationToken()),
                    "Send this link to " + ownerEmail.getValue().strip() + ": they open it, choose a password and "
                            + "sign in as the owner of " + name.getValue().strip() + ". It is valid for 7 days.");
        } catch (AdmitOneApiException e) {
            Problems.show(e, Map.of("name", name, "slug", slug, "defaultCurrency", currency, "timeZone", timeZone,
                    "locale", locale, "email", ownerEmail, "displayName", ownerName));
        } finally {
            create.setEnabled(true);
        }
    }

    private boolean anyBlank() {
        return name.isEmpty() || slug.isEmpty() || currency.isEmpty() || timeZone.isEmpty() || locale.isEmpty()
                || ownerEmail.isEmpty() || ownerEmail.isInvalid() || ownerName.isEmpty();
    }
}
