package io.admitone.admin.webhooks;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.converter.Converter;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.ui.Problems;
import io.admitone.admin.ui.ShownOnce;
import io.admitone.kernel.webhook.WebhookTargets;
import org.springframework.http.HttpMethod;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Creates a subscription, showing its signing secret once, or changes one. The URL's form is checked here; whether
 * its host may be called (public addresses only) only the server can tell, and says so at the field.
 */
class SubscriptionDialog extends Dialog {

    private static final int MAX_DESCRIPTION_LENGTH = 500;

    private final AdmitOneApiClient api;
    private final WebhookPaths paths;
    private final Subscription editing;
    private final Consumer<UUID> saved;
    private final Binder<SubscriptionSettings> binder = new Binder<>(SubscriptionSettings.class);
    private final TextField url = new TextField("Receiver URL");
    private final MultiSelectComboBox<String> eventTypes = new MultiSelectComboBox<>("Event types");
    private final TextArea description = new TextArea("Description");
    private final Checkbox enabled = new Checkbox("Send deliveries (off: they queue up until resumed)");
    private final Button save;

    private SubscriptionDialog(AdmitOneApiClient api, UUID organisation, Subscription editing, Consumer<UUID> saved) {
        this.api = api;
        this.paths = new WebhookPaths(organisation);
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? "New webhook subscription" : "Change webhook subscription");
        setId("webhook-subscription");
        configureFields();
        bind();
        FormLayout form = new FormLayout(url, eventTypes, description, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save = new Button(editing == null ? "Create subscription" : "Save changes", click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(40rem, 100vw)");
        binder.readRecord(editing == null ? new SubscriptionSettings("", List.of(), "", true) : editing.settings());
    }

    static void create(AdmitOneApiClient api, UUID organisation, Consumer<UUID> created) {
        new SubscriptionDialog(api, organisation, null, created).open();
    }

    static void change(AdmitOneApiClient api, UUID organisation, Subscription subscription, Consumer<UUID> changed) {
        new SubscriptionDialog(api, organisation, subscription, changed).open();
    }

    private void configureFields() {
        url.setPlaceholder("https://hooks.example.com/admitone");
        url.setMaxLength(WebhookTargets.MAX_URL_LENGTH);
        url.setHelperText("Where messages are posted; use https");
        eventTypes.setItems(EventTypeChoices.all());
        eventTypes.setItemLabelGenerator(EventTypeChoices::describe);
        eventTypes.setHelperText("A type, a family such as order.*, or * for every type");
        description.setMaxLength(MAX_DESCRIPTION_LENGTH);
    }

    private void bind() {
        binder.forField(url).asRequired("Enter the URL of your receiver")
                .withValidator((value, context) -> WebhookTargets.problemWithForm(value.strip())
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .withConverter(String::strip, value -> value)
                .bind("url");
        binder.forField(eventTypes)
                .withValidator(chosen -> !chosen.isEmpty() && chosen.size() <= EventTypeChoices.MAX_PATTERNS,
                        "Choose 1 to " + EventTypeChoices.MAX_PATTERNS + " event types")
                .withConverter(Converter.<Set<String>, List<String>>from(chosen -> Result.ok(List.copyOf(chosen)),
                        LinkedHashSet::new))
                .bind("eventTypes");
        binder.forField(description).bind("description");
        binder.forField(enabled).bind("enabled");
    }

    private void save() {
        try {
            SubscriptionSettings settings = binder.writeRecord();
            UUID id = editing == null ? created(settings) : changed(settings);
            close();
            saved.accept(id);
        } catch (ValidationException invalid) {
            // The binder marks each invalid field with its message.
        } catch (AdmitOneApiException e) {
            Problems.show(e, Map.of("url", url, "eventTypes", eventTypes, "description", description));
        } finally {
            save.setEnabled(true);
        }
    }

    private UUID created(SubscriptionSettings settings) {
        CreatedSubscription created = api.send(HttpMethod.POST, paths.subscriptions(), settings, CreatedSubscription.class);
        ShownOnce.open("Subscription created", "Signing secret", created.secret(),
                "Your receiver checks every message's signature with this secret (Standard Webhooks). If it is lost, "
                        + "rotate the secret.");
        return created.id();
    }

    private UUID changed(SubscriptionSettings settings) {
        api.send(HttpMethod.PATCH, paths.subscription(editing.id()), settings);
        return editing.id();
    }
}
