package io.admitone.admin.apikeys;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.ServerApi;
import io.admitone.admin.ui.ShownOnce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ApiKeysViewTest extends BrowserlessAdminTest {

    private ServerApi.Staff owner;

    @BeforeEach
    void openTheApiKeysAsAnOwner() {
        owner = SERVER.newOrganisationWithMember("owner");
        signIn(owner);
        navigate(ApiKeysView.class);
    }

    @Test
    void aSecretKeyIsShownOnceAuthenticatesAndOnceRevokedIsMarkedSoAndNoLongerAuthenticates() {
        test(find(Button.class).withText("Create API key").single()).click();
        test(find(TextField.class).withCaption("Name").single()).setValue("CRM sync");
        test(find(CheckboxGroup.class).withCaption("Roles").single()).selectItem("integrator");
        test(find(Button.class).withText("Create key").single()).click();

        String key = find(TextField.class).withId("shown-once-value").single().getValue();
        assertThat(key).startsWith("sk_");
        String webhooks = "/api/v1/orgs/" + owner.organisation() + "/webhooks";
        assertThat(SERVER.call("GET", webhooks, key, null).path("items").isArray()).isTrue();
        test(find(Button.class).withText("I have copied it").single()).click();
        assertThat(find(ShownOnce.class).all()).isEmpty();

        Grid<ApiKey> keys = grid();
        assertThat(test(keys).size()).isEqualTo(1);
        assertThat(test(keys).getCellText(0, test(keys).getColumnPosition("key")))
                .isEqualTo("sk_" + key.split("_")[1] + "_…");
        test((Button) test(keys).getCellComponent(0, "actions")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(test(keys).getCellText(0, test(keys).getColumnPosition("revoked"))).startsWith("revoked ");
        assertThat(test(keys).getCellComponent(0, "actions").isVisible()).isFalse();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThatThrownBy(() -> SERVER.call("GET", webhooks, key, null)).hasMessageContaining("answered 401"));
    }

    @Test
    void aSecretKeyWithoutRolesIsRefusedAtTheRolesField() {
        test(find(Button.class).withText("Create API key").single()).click();
        test(find(TextField.class).withCaption("Name").single()).setValue("Nothing allowed");
        test(find(Button.class).withText("Create key").single()).click();

        CheckboxGroup<?> roles = find(CheckboxGroup.class).withCaption("Roles").single();
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo("A secret key needs at least one role");
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void aPublishableKeyNeedsNoRolesAndIsListedWhole() {
        test(find(Button.class).withText("Create API key").single()).click();
        test(find(TextField.class).withCaption("Name").single()).setValue("Storefront");
        test(find(RadioButtonGroup.class).withCaption("Kind").single())
                .selectItem("Publishable (pk_…): names the organisation in storefront pages");
        assertThat(find(CheckboxGroup.class).withCaption("Roles").single().isEnabled()).isFalse();
        test(find(Button.class).withText("Create key").single()).click();

        assertThat(find(ShownOnce.class).all()).isEmpty();
        Grid<ApiKey> keys = grid();
        assertThat(test(keys).size()).isEqualTo(1);
        assertThat(test(keys).getCellText(0, test(keys).getColumnPosition("key"))).startsWith("pk_");
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiKey> grid() {
        return find(Grid.class).withId("api-keys-grid").single();
    }
}
