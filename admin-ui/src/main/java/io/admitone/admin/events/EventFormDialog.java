package io.admitone.admin.events;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.Problems;
import io.admitone.admin.venues.VenueSummary;
import org.springframework.http.HttpMethod;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Creates an event at one of the organisation's venues, or edits an event's details (its venue stays). */
class EventFormDialog extends Dialog {

    private record Created(UUID id) {
    }

    private final AdmitOneApiClient api;
    private final EventDetail editing;
    private final Consumer<UUID> saved;
    private final TextField title = new TextField("Title");
    private final ComboBox<String> category = new ComboBox<>("Category");
    private final ComboBox<VenueSummary> venue = new ComboBox<>("Venue");
    private final TextArea description = new TextArea("Description");
    private final TextField tags = new TextField("Tags");
    private final TextField imageUrl = new TextField("Image URL");
    private final Binder<EventDetailsForm> binder = new Binder<>(EventDetailsForm.class);
    private final Button save;

    /** A dialog for a new event when {@code editing} is null, else for that event's details. */
    EventFormDialog(AdmitOneApiClient api, EventDetail editing, Consumer<UUID> saved) {
        this.api = api;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? "New event" : "Edit event");
        setId("event-form");
        setWidth("min(100%, 44rem)");
        save = new Button(editing == null ? "Create event" : "Save", click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setDisableOnClick(true);
        venue.setVisible(editing == null);
        venue.setId("event-venue");
        tags.setHelperText("Comma-separated, such as open-air, strings");
        imageUrl.setHelperText("An https address");
        bind();
        FormLayout form = new FormLayout(title, category, venue, tags, imageUrl, description);
        form.setColspan(description, 2);
        add(form);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void bind() {
        category.setItems(EventDetailsForm.CATEGORIES);
        binder.forField(title).asRequired("Give the event a title")
                .withValidator(new StringLengthValidator("At most 200 characters", 1, EventDetailsForm.MAX_TITLE))
                .bind("title");
        binder.forField(category).asRequired("Choose a category").bind("category");
        if (editing == null) {
            venue.setItems(venues());
            venue.setItemLabelGenerator(v -> v.city() == null ? v.name() : v.name() + " (" + v.city() + ")");
            binder.forField(venue).asRequired("Choose the venue").withConverter(venueId()).bind("venueId");
        }
        binder.forField(description).withValidator(new StringLengthValidator("At most 10,000 characters", 0,
                EventDetailsForm.MAX_DESCRIPTION)).bind("description");
        binder.forField(tags).withConverter(tagList())
                .withValidator(list -> list.size() <= EventDetailsForm.MAX_TAGS, "At most 20 tags")
                .withValidator(list -> list.stream().allMatch(tag -> tag.length() <= 50
                        && tag.matches(EventDetailsForm.TAG)), "Tags are lower-case letters, digits and hyphens")
                .bind("tags");
        binder.forField(imageUrl).withValidator(url -> url == null || url.isBlank()
                        || url.startsWith("https://") && url.length() <= EventDetailsForm.MAX_IMAGE_URL,
                "An absolute https address of at most 2,048 characters").bind("imageUrl");
        binder.readRecord(editing == null ? EventDetailsForm.empty() : EventDetailsForm.of(editing));
    }

    /** The venues to choose from: the first 200 by name, which is every venue of all but the largest organisers. */
    private List<VenueSummary> venues() {
        try {
            return api.page(ApiPath.of("/api/v1/orgs/{orgId}/venues", AdminSession.requireOrganisation())
                    .with("limit", 200), VenueSummary.class).items();
        } catch (AdmitOneApiException e) {
            Problems.show(e);
            return List.of();
        }
    }

    private Converter<VenueSummary, UUID> venueId() {
        return Converter.from(chosen -> Result.ok(chosen == null ? null : chosen.id()),
                id -> venue.getListDataView().getItems().filter(v -> v.id().equals(id)).findFirst().orElse(null));
    }

    private static Converter<String, List<String>> tagList() {
        return Converter.from(text -> Result.ok(Arrays.stream(text == null ? new String[0] : text.split(","))
                        .map(String::strip).filter(tag -> !tag.isEmpty()).toList()),
                list -> list == null ? "" : String.join(", ", list));
    }

    private UUID change(UUID organisation, EventDetailsForm details) {
        api.send(HttpMethod.PATCH, ApiPath.of("/api/v1/orgs/{orgId}/events/{eventId}", organisation, editing.id()),
                details);
        return editing.id();
    }

    private void save() {
        try {
            EventDetailsForm details = binder.writeRecord().toRequest(editing == null);
            UUID organisation = AdminSession.requireOrganisation();
            UUID event = editing == null
                    ? api.send(HttpMethod.POST, ApiPath.of("/api/v1/orgs/{orgId}/events", organisation), details,
                            Created.class).id()
                    : change(organisation, details);
            close();
            saved.accept(event);
        } catch (ValidationException invalid) {
            // The binder marks the fields at fault.
        } catch (AdmitOneApiException e) {
            Problems.show(e, Map.<String, HasValidation>of("title", title, "category", category, "venueId", venue,
                    "description", description, "tags", tags, "imageUrl", imageUrl));
        } finally {
            save.setEnabled(true);
        }
    }
}
