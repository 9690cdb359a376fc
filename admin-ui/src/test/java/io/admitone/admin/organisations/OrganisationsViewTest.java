package io.admitone.admin.organisations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.admitone.admin.dashboard.DashboardView;
import io.admitone.admin.support.AdmitOneServerProcess;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new organisation from nothing, without touching the API: a platform admin opens it and invites its owner, and
 * the owner accepts through the link and signs in as its owner.
 */
class OrganisationsViewTest extends BrowserlessAdminTest {

    private static final ServerApi.Staff PLATFORM_ADMIN = new ServerApi.Staff(null,
            AdmitOneServerProcess.ADMIN_EMAIL, AdmitOneServerProcess.ADMIN_PASSWORD);

    @Test
    void aPlatformAdminOpensAnOrganisationWhoseInvitedOwnerSetsAPasswordAndSignsInAsItsOwner() {
        String slug = "opened-" + UUID.randomUUID().toString().substring(0, 8);
        String owner = slug + "@example.com";
        signIn(PLATFORM_ADMIN);
        navigate(OrganisationsView.class);

        test(field("Name")).setValue("Opened Arena");
        test(field("Slug")).setValue(slug);
        test(find(EmailField.class).withCaption("First owner's e-mail").single()).setValue(owner);
        test(field("First owner's name")).setValue("Olga Owner");
        test(find(Button.class).withText("Create organisation").single()).click();
        URI link = URI.create(find(TextField.class).withId("shown-once-value").single().getValue());

        assertThat(link.getPath()).isEqualTo("/invitation");
        var query = UriComponentsBuilder.fromUri(link).build().getQueryParams();
        UI.getCurrent().navigate("invitation", QueryParameters.simple(
                Map.of("user", query.getFirst("user"), "token", query.getFirst("token"))));
        test(find(PasswordField.class).withCaption("New password").single()).setValue("a long new passphrase");
        test(find(PasswordField.class).withCaption("Repeat the password").single()).setValue("a long new passphrase");
        test(find(Button.class).withText("Set password").single()).click();

        assertThat(find(Anchor.class).withId("invitation-sign-in").single().getText()).isEqualTo("Sign in");
        String token = SERVER.signIn(owner, "a long new passphrase");
        JsonNode me = SERVER.call("GET", "/api/v1/me", token, null);
        assertThat(me.path("memberships").properties()).singleElement()
                .satisfies(membership -> assertThat(membership.getValue().get(0).asString()).isEqualTo("owner"));
    }

    @Test
    void anOwnerIsNeitherOfferedNorLetIntoOrganisations() {
        signIn(SERVER.newOrganisationWithMember("owner"));

        UI.getCurrent().navigate("organisations");

        assertThat(find(OrganisationsView.class).all()).isEmpty();
        assertThat(find(DashboardView.class).all()).hasSize(1);
    }

    @Test
    void anInvitationLinkWithoutItsTokenIsRefusedOnThePage() {
        UI.getCurrent().navigate("invitation", QueryParameters.simple(Map.of("user", UUID.randomUUID().toString())));

        assertThat(find(Paragraph.class).withId("invitation-outcome").single().getText())
                .isEqualTo("This invitation link is incomplete. Open the whole link you were sent.");
        assertThat(find(Button.class).withText("Set password").single().isEnabled()).isFalse();
    }

    private TextField field(String label) {
        return find(TextField.class).withCaption(label).single();
    }
}
