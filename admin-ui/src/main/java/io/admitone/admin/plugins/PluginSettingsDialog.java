package io.admitone.admin.plugins;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.ui.Problems;
import org.springframework.http.HttpMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Enables a plugin with settings, or changes the settings of an enabled one. The form is drawn from the plugin's
 * settings schema: a field per property (text, whole number, number or checkbox by its type; a password field, left
 * empty, for a secret the server keeps sealed and never shows), its title or name as the label, its description as
 * the help, required ones marked; the server checks the settings against the schema and its refusals are shown at
 * the fields.
 */
class PluginSettingsDialog extends Dialog {

    private final AdmitOneApiClient api;
    private final UUID organisation;
    private final OrganisationPlugin choice;
    private final Consumer<OrganisationPlugin> saved;
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Button save;

    PluginSettingsDialog(AdmitOneApiClient api, UUID organisation, OrganisationPlugin choice,
                         Consumer<OrganisationPlugin> saved) {
        this.api = api;
        this.organisation = organisation;
        this.choice = choice;
        this.saved = saved;
        setHeaderTitle((choice.enabled() ? "Settings of " : "Enable ") + choice.plugin().id());
        setId("plugin-settings");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        List<?> required = choice.plugin().settingsSchema().get("required") instanceof List<?> names ? names : List.of();
        if (choice.plugin().settingsSchema().get("properties") instanceof Map<?, ?> properties
                && !properties.isEmpty()) {
            properties.forEach((name, property) -> form.add(field(name.toString(),
                    property instanceof Map<?, ?> described ? described : Map.of(), required.contains(name))));
        } else {
            form.add(new Paragraph("This plugin has no settings."));
        }
        add(form);
        save = new Button(choice.enabled() ? "Save" : "Enable", click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private Component field(String name, Map<?, ?> property, boolean required) {
        String label = property.get("title") instanceof String title ? title : name;
        Object value = choice.settings().get(name);
        HasValue<?, ?> field = switch (String.valueOf(property.get("type"))) {
            case "boolean" -> new Checkbox(label, Boolean.TRUE.equals(value));
            case "integer" -> integer(label, value);
            case "number" -> number(label, value);
            default -> Boolean.TRUE.equals(property.get("writeOnly")) ? new PasswordField(label) : text(label, value);
        };
        if (field instanceof HasHelper helped
                && property.get("description") instanceof String description) {
            helped.setHelperText(description);
        }
        field.setRequiredIndicatorVisible(required);
        fields.put(name, field);
        return (Component) field;
    }

    private static TextField text(String label, Object value) {
        TextField field = new TextField(label);
        field.setValue(value == null ? "" : value.toString());
        return field;
    }

    private static IntegerField integer(String label, Object value) {
        IntegerField field = new IntegerField(label);
        field.setValue(value instanceof Number number ? number.intValue() : null);
        return field;
    }

    private static NumberField number(String label, Object value) {
        NumberField field = new NumberField(label);
        field.setValue(value instanceof Number number ? number.doubleValue() : null);
        return field;
    }

    /** The values entered, an empty field left out so that the schema's default applies. */
    private Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Object value = field.getValue();
            if (value != null && !"".equals(value)) {
                settings.put(name, value);
            }
        });
        return settings;
    }

    private void save() {
        try {
            api.send(HttpMethod.PUT, ApiPath.of(PluginsView.PLUGINS + "/{pluginId}", organisation,
                    choice.plugin().id()), Map.of("settings", settings()));
            close();
            saved.accept(choice);
        } catch (AdmitOneApiException e) {
            Map<String, HasValidation> atFields = new LinkedHashMap<>();
            fields.forEach((name, field) -> {
                if (field instanceof HasValidation validated) {
                    atFields.put("settings." + name, validated);
                }
            });
            Problems.show(e, atFields);
        } finally {
            save.setEnabled(true);
        }
    }
}
