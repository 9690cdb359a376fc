package io.admitone.admin.venues;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.Problems;
import io.admitone.kernel.catalog.venue.SectionKind;
import org.springframework.http.HttpMethod;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Creates a venue: its details and a seat map built section by section from row counts. */
class NewVenueDialog extends Dialog {

    private record Created(UUID id) {
    }

    private final AdmitOneApiClient api;
    private final Consumer<UUID> created;
    private final TextField name = new TextField("Name");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final TextField city = new TextField("City");
    private final TextField address = new TextField("Address");
    private final Binder<VenueDetailsForm> binder = new Binder<>(VenueDetailsForm.class);
    private final Div sections = new Div();
    private final List<SectionEditor> editors = new ArrayList<>();
    private final Button create = new Button("Create venue", click -> create());

    NewVenueDialog(AdmitOneApiClient api, Consumer<UUID> created) {
        this.api = api;
        this.created = created;
        setHeaderTitle("New venue");
        setId("new-venue-dialog");
        setWidth("min(100%, 60rem)");
        bind();
        sections.addClassName("section-editors");
        Button addSeated = new Button("Add seated section",
                click -> addSection(SectionDraft.seated(nextSectionName(), "standard", 10, 20)));
        Button addStanding = new Button("Add standing section", click -> addSection(
                new SectionDraft(nextSectionName(), SectionKind.STANDING, null, null, null, 500)));
        FormLayout details = new FormLayout(name, timeZone, city, address);
        add(details, new H3("Seat map"), sections, new HorizontalLayout(addSeated, addStanding));
        addSection(SectionDraft.seated("A", "standard", 10, 20));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", click -> close()), create);
    }

    private void bind() {
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/")).sorted().toList());
        binder.forField(name).asRequired("Name the venue")
                .withValidator(new StringLengthValidator("At most 200 characters", 1, VenueDetailsForm.MAX_NAME))
                .bind("name");
        binder.forField(timeZone).asRequired("Choose the venue's time zone").bind("timeZone");
        binder.forField(city).withValidator(new StringLengthValidator("At most 100 characters", 0,
                VenueDetailsForm.MAX_CITY)).bind("city");
        binder.forField(address).withValidator(new StringLengthValidator("At most 500 characters", 0,
                VenueDetailsForm.MAX_ADDRESS)).bind("address");
        binder.readRecord(VenueDetailsForm.empty());
    }

    private void addSection(SectionDraft draft) {
        SectionEditor editor = new SectionEditor(draft, this::removeSection);
        editors.add(editor);
        sections.add(editor);
    }

    private void removeSection(SectionEditor editor) {
        editors.remove(editor);
        sections.remove(editor);
    }

    private String nextSectionName() {
        return Character.toString('A' + editors.size() % 26);
    }

    private void create() {
        try {
            Optional<NewVenue> venue = entered();
            if (venue.isPresent()) {
                Created answer = api.send(HttpMethod.POST, ApiPath.of("/api/v1/orgs/{orgId}/venues",
                        AdminSession.requireOrganisation()), venue.get(), Created.class);
                close();
                created.accept(answer.id());
            }
        } catch (AdmitOneApiException e) {
            Problems.show(e, fields());
        } finally {
            create.setEnabled(true);
        }
    }

    private Optional<NewVenue> entered() {
        List<Optional<SectionDraft>> drafts = editors.stream().map(SectionEditor::draft).toList();
        try {
            VenueDetailsForm details = binder.writeRecord();
            if (drafts.isEmpty() || drafts.stream().anyMatch(Optional::isEmpty)) {
                return Optional.empty();
            }
            return Optional.of(NewVenue.of(details, drafts.stream().map(Optional::get).toList()));
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("name", name, "timeZone", timeZone, "city", city,
                "address", address));
        for (int index = 0; index < editors.size(); index++) {
            fields.putAll(editors.get(index).fieldsAt(index));
        }
        return fields;
    }
}
