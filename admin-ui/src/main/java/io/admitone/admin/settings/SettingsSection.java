package io.admitone.admin.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.ui.Problems;

import java.util.Locale;
import java.util.Map;

/**
 * One part of the organisation that the server replaces as a whole: its fields, bound to the part's record, and a
 * button that saves it. The fields are checked like the server checks them; what the server still refuses is shown
 * at the field it names.
 */
abstract class SettingsSection<T extends Record> extends Section {

    protected final Binder<T> binder;
    protected final FormLayout fields = new FormLayout();
    private final String apiName;
    private final OrganisationChanges changes;
    private final Button save;

    SettingsSection(String title, String apiName, Class<T> part, OrganisationChanges changes) {
        this.binder = new Binder<>(part);
        this.apiName = apiName;
        this.changes = changes;
        this.save = new Button("Save " + title.toLowerCase(Locale.ROOT), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-" + apiName);
        addClassName("settings-section");
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(new H3(title), fields, save);
    }

    /** The part of {@code organisation} this section edits. */
    protected abstract T partOf(Organisation organisation);

    /** The section's inputs by the names the API gives their fields. */
    protected abstract Map<String, HasValidation> inputsByApiName();

    void show(Organisation organisation) {
        binder.readRecord(partOf(organisation));
    }

    private void save() {
        try {
            changes.change(apiName, binder.writeRecord());
            Notification.show("Saved.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ValidationException invalid) {
            // The binder already marks each invalid field with its message.
        } catch (AdmitOneApiException e) {
            Problems.show(e, inputsByApiName());
        } finally {
            save.setEnabled(true);
        }
    }
}
