package io.admitone.admin.apikeys;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.ui.Problems;
import io.admitone.kernel.apikey.ApiKeyKind;
import io.admitone.kernel.identity.StaffRole;
import org.springframework.http.HttpMethod;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Creates an API key: its name, its kind and, for a secret key, the roles it acts with (never owner). */
class NewApiKeyDialog extends Dialog {

    static final int MAX_NAME_LENGTH = 100;

    private final AdmitOneApiClient api;
    private final UUID organisation;
    private final Consumer<IssuedApiKey> created;
    private final Binder<NewApiKey> binder = new Binder<>(NewApiKey.class);
    private final TextField name = new TextField("Name");
    private final RadioButtonGroup<ApiKeyKind> kind = new RadioButtonGroup<>("Kind");
    private final CheckboxGroup<StaffRole> roles = new CheckboxGroup<>("Roles");
    private final Button create = new Button("Create key", click -> create());

    NewApiKeyDialog(AdmitOneApiClient api, UUID organisation, Consumer<IssuedApiKey> created) {
        this.api = api;
        this.organisation = organisation;
        this.created = created;
        setHeaderTitle("New API key");
        setId("new-api-key");
        name.setMaxLength(MAX_NAME_LENGTH);
        name.setHelperText("What the key is for, such as Box office sync");
        kind.setItems(ApiKeyKind.values());
        kind.setItemLabelGenerator(NewApiKeyDialog::describe);
        roles.setItems(Arrays.stream(StaffRole.values()).filter(role -> role != StaffRole.OWNER).toList());
        roles.setItemLabelGenerator(StaffRole::apiName);
        roles.setHelperText("What the integration may do; owners are people, so no key is one");
        kind.addValueChangeListener(change -> {
            roles.setEnabled(change.getValue() == ApiKeyKind.SECRET);
            if (change.getValue() != ApiKeyKind.SECRET) {
                roles.clear();
            }
        });
        bind();
        FormLayout form = new FormLayout(name, kind, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", click -> close()), create);
        binder.readRecord(new NewApiKey("", ApiKeyKind.SECRET, Set.of()));
    }

    private void bind() {
        binder.forField(name).asRequired("Name the key").bind("name");
        binder.forField(kind).asRequired("Choose the kind of key").bind("kind");
        binder.forField(roles)
                .withValidator(chosen -> kind.getValue() != ApiKeyKind.SECRET || !chosen.isEmpty(),
                        "A secret key needs at least one role")
                .bind("roles");
    }

    private static String describe(ApiKeyKind kind) {
        return switch (kind) {
            case SECRET -> "Secret (sk_…): authenticates an integration with its roles";
            case PUBLISHABLE -> "Publishable (pk_…): names the organisation in storefront pages";
        };
    }

    private void create() {
        try {
            IssuedApiKey issued = api.send(HttpMethod.POST, ApiPath.of("/api/v1/orgs/{orgId}/api-keys", organisation),
                    binder.writeRecord(), IssuedApiKey.class);
            close();
            created.accept(issued);
        } catch (ValidationException invalid) {
            // The binder marks each invalid field with its message.
        } catch (AdmitOneApiException e) {
            Problems.show(e, Map.of("name", name, "kind", kind, "roles", roles));
        } finally {
            create.setEnabled(true);
        }
    }
}
