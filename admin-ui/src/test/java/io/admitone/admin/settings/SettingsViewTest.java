package io.admitone.admin.settings;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SettingsViewTest extends BrowserlessAdminTest {

    private ServerApi.Staff owner;

    @BeforeEach
    void openTheSettingsAsAnOwner() {
        owner = SERVER.newOrganisationWithMember("owner");
        signIn(owner);
        navigate(SettingsView.class);
    }

    @Test
    void savedBrandingColoursAreAppliedAtOnceAndReadBackFromTheServer() {
        test(field("branding-primary-colour")).setValue("#112233");
        test(field("branding-accent-colour")).setValue("#FFCC00");
        test(find(Button.class).withText("Save branding").single()).click();

        assertThat(UI.getCurrent().getElement().getStyle().get("--lumo-primary-color")).isEqualTo("#112233");
        assertThat(UI.getCurrent().getElement().getStyle().get("--admitone-accent-color")).isEqualTo("#ffcc00");
        assertThat(field("branding-accent-colour").getValue()).isEqualTo("#ffcc00");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode organisation = organisationOnTheServer();
            assertThat(organisation.path("primaryColour").asString()).isEqualTo("#112233");
            assertThat(organisation.path("accentColour").asString()).isEqualTo("#ffcc00");
        });
    }

    @Test
    void anInvalidColourIsNamedAtItsFieldAndNothingIsSaved() {
        test(field("branding-primary-colour")).setValue("#12345");
        test(find(Button.class).withText("Save branding").single()).click();

        assertThat(field("branding-primary-colour").isInvalid()).isTrue();
        assertThat(field("branding-primary-colour").getErrorMessage()).isEqualTo("Enter a colour written #rrggbb");
        assertThat(UI.getCurrent().getElement().getStyle().get("--lumo-primary-color")).isNull();
        assertThat(organisationOnTheServer().path("primaryColour").isNull()).isTrue();
    }

    @Test
    void aLogoServedOverPlainHttpIsRefusedAtItsField() {
        test(field("branding-logo-url")).setValue("http://cdn.example.com/logo.png");
        test(find(Button.class).withText("Save branding").single()).click();

        assertThat(field("branding-logo-url").isInvalid()).isTrue();
        assertThat(field("branding-logo-url").getErrorMessage()).isEqualTo("Enter an absolute https URL");
    }

    @Test
    void theEmailSenderIsSavedWithTheBrandingAndAnAddressWithANameIsRefused() {
        test(field("branding-email-sender-address")).setValue("Arena <tickets@arena.example>");
        test(find(Button.class).withText("Save branding").single()).click();
        assertThat(field("branding-email-sender-address").isInvalid()).isTrue();

        test(field("branding-email-sender-name")).setValue("Arena Box Office");
        test(field("branding-email-sender-address")).setValue("Tickets@Arena.example");
        test(find(Button.class).withText("Save branding").single()).click();

        assertThat(field("branding-email-sender-address").getValue()).isEqualTo("Tickets@arena.example");
        JsonNode organisation = organisationOnTheServer();
        assertThat(organisation.path("emailSenderName").asString()).isEqualTo("Arena Box Office");
        assertThat(organisation.path("emailSenderAddress").asString()).isEqualTo("Tickets@arena.example");
    }

    @Test
    void anUploadedLogoBecomesTheLogoUrlAndCanBeRemovedAgain() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        test(find(Upload.class).withId("branding-logo-upload").single()).upload("logo.png", "image/png", png);

        assertThat(field("branding-logo-url").getValue()).matches("http://.*/branding/logos/[0-9a-f]{64}\\.png");
        assertThat(organisationOnTheServer().path("logoUrl").asString()).isEqualTo(field("branding-logo-url").getValue());

        test(find(Button.class).withId("branding-logo-remove").single()).click();
        assertThat(field("branding-logo-url").getValue()).isEmpty();
    }

    @Test
    void changedSettingsAreShownAsTheServerStoresThem() {
        @SuppressWarnings("unchecked")
        ComboBox<String> timeZone = (ComboBox<String>) find(ComboBox.class).withId("settings-time-zone").single();
        test(timeZone).selectItem("Europe/Vienna");
        test(field("settings-locale")).setValue("de-at");
        test(find(Button.class).withText("Save organisation settings").single()).click();

        assertThat(field("settings-locale").getValue()).isEqualTo("de-AT");
        JsonNode organisation = organisationOnTheServer();
        assertThat(organisation.path("timeZone").asString()).isEqualTo("Europe/Vienna");
        assertThat(organisation.path("locale").asString()).isEqualTo("de-AT");
    }

    @Test
    void storefrontOriginsAreSavedSortedAndAnOriginWithAPathIsRefused() {
        TextArea origins = find(TextArea.class).withId("storefront-origins").single();
        test(origins).setValue("https://tickets.example.com/shop");
        test(find(Button.class).withText("Save storefront").single()).click();
        assertThat(origins.isInvalid()).isTrue();
        assertThat(origins.getErrorMessage()).startsWith("https://tickets.example.com/shop is no origin");

        test(origins).setValue("https://tickets.example.com\nhttp://localhost:5173");
        test(find(Button.class).withText("Save storefront").single()).click();

        assertThat(origins.isInvalid()).isFalse();
        assertThat(origins.getValue()).isEqualTo("http://localhost:5173\nhttps://tickets.example.com");
        assertThat(organisationOnTheServer().path("storefrontOrigins").valueStream().map(JsonNode::asString))
                .containsExactly("http://localhost:5173", "https://tickets.example.com");
    }

    private TextField field(String id) {
        return find(TextField.class).withId(id).single();
    }

    private JsonNode organisationOnTheServer() {
        return SERVER.call("GET", "/api/v1/orgs/" + owner.organisation(),
                SERVER.signIn(owner.email(), owner.password()), null);
    }
}
