package io.admitone.admin.plugins;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PluginsViewTest extends BrowserlessAdminTest {

    private static final Path STARTER = Path.of(System.getProperty("admitone.starter.plugin.jar"));

    private ServerApi.Staff owner;

    @BeforeEach
    void anOwnerOpensThePluginsOfANewOrganisation() {
        SERVER.installPlugin(STARTER);
        owner = SERVER.newOrganisationWithMember("owner");
        signIn(owner);
        navigate(PluginsView.class);
    }

    @Test
    void anOwnerEnablesAPluginWithTheFormItsSchemaDrawsSeesRefusalsAtTheFieldsAndDisablesIt() {
        assertThat(cell("status")).isEqualTo("Off");
        test(action("Enable…")).click();
        TextField iban = find(TextField.class).withCaption("iban").single();
        assertThat(iban.isRequiredIndicatorVisible()).isTrue();
        assertThat(iban.getHelperText()).isEqualTo("The account buyers pay into");
        assertThat(find(IntegerField.class).withCaption("daysToPay").single().isRequiredIndicatorVisible()).isFalse();
        test(iban).setValue("not an account");
        test(find(TextField.class).withCaption("accountHolder").single()).setValue("Arena Tickets GmbH");
        test(find(Button.class).withText("Enable").single()).click();

        assertThat(iban.isInvalid()).isTrue();
        assertThat(iban.getErrorMessage()).contains("pattern");
        assertThat(cell("status")).isEqualTo("Off");

        test(iban).setValue("DE89370400440532013000");
        test(find(Button.class).withText("Enable").single()).click();
        assertThat(find(PluginSettingsDialog.class).all()).isEmpty();
        assertThat(cell("status")).isEqualTo("Enabled");
        JsonNode stored = SERVER.call("GET", "/api/v1/orgs/" + owner.organisation() + "/plugins",
                SERVER.signIn(owner.email(), owner.password()), null).get("plugins").get(0);
        assertThat(stored.get("settings").get("iban").asString()).isEqualTo("DE89370400440532013000");

        test(action("Disable")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(cell("status")).isEqualTo("Off");
    }

    private String cell(String column) {
        return test(plugins()).getCellText(0, test(plugins()).getColumnPosition(column));
    }

    /** The button of the plugin's row with this text. */
    private Button action(String text) {
        return test(plugins()).getCellComponent(0, "actions").getChildren()
                .map(Button.class::cast).filter(button -> text.equals(button.getText())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<OrganisationPlugin> plugins() {
        return find(Grid.class).withId("plugins-grid").single();
    }
}
