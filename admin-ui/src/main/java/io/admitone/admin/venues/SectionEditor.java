package io.admitone.admin.venues;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializablePredicate;
import io.admitone.kernel.catalog.venue.SectionKind;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** One line of the new-venue form: a section, seated (rows of equal length in a price zone) or standing. */
class SectionEditor extends HorizontalLayout {

    private final TextField name = new TextField("Section");
    private final Select<SectionKind> kind = new Select<>();
    private final TextField priceZone = new TextField("Price zone");
    private final IntegerField rows = new IntegerField("Rows");
    private final IntegerField seatsPerRow = new IntegerField("Seats per row");
    private final IntegerField capacity = new IntegerField("Standing places");
    private final Binder<SectionDraft> binder = new Binder<>(SectionDraft.class);

    SectionEditor(SectionDraft draft, Consumer<SectionEditor> remove) {
        addClassName("section-editor");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        kind.setLabel("Kind");
        kind.setItems(SectionKind.values());
        kind.setItemLabelGenerator(k -> k == SectionKind.SEATED ? "Seated" : "Standing");
        kind.addValueChangeListener(change -> showFieldsOfKind());
        Button removeButton = new Button("Remove section", click -> remove.accept(this));
        removeButton.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        add(name, kind, priceZone, rows, seatsPerRow, capacity, removeButton);
        bind();
        binder.readRecord(draft);
        showFieldsOfKind();
    }

    private void bind() {
        binder.forField(name).asRequired("Name the section")
                .withValidator(text -> text.matches(SectionDraft.LABEL), "1 to 16 letters (A-Z, a-z) and digits")
                .bind("name");
        binder.forField(kind).asRequired("Choose seated or standing").bind("kind");
        binder.forField(priceZone).withValidator(whenSeated(text -> text.matches(SectionDraft.PRICE_ZONE)),
                "1 to 32 letters, digits, - and _").bind("priceZone");
        binder.forField(rows).withValidator(whenSeated(n -> n != null && n >= 1 && n <= SectionDraft.MAX_ROWS),
                "1 to " + SectionDraft.MAX_ROWS).bind("rows");
        binder.forField(seatsPerRow).withValidator(
                whenSeated(n -> n != null && n >= 1 && n <= SectionDraft.MAX_SEATS_PER_ROW),
                "1 to " + SectionDraft.MAX_SEATS_PER_ROW).bind("seatsPerRow");
        binder.forField(capacity).withValidator(
                value -> seated() || value != null && value >= 1 && value <= SectionDraft.MAX_CAPACITY,
                "1 to 1,000,000 places").bind("capacity");
        priceZone.setRequiredIndicatorVisible(true);
        rows.setRequiredIndicatorVisible(true);
        seatsPerRow.setRequiredIndicatorVisible(true);
        capacity.setRequiredIndicatorVisible(true);
    }

    private <V> SerializablePredicate<V> whenSeated(Predicate<V> rule) {
        return value -> !seated() || rule.test(value);
    }

    private boolean seated() {
        return kind.getValue() != SectionKind.STANDING;
    }

    private void showFieldsOfKind() {
        boolean seated = seated();
        priceZone.setVisible(seated);
        rows.setVisible(seated);
        seatsPerRow.setVisible(seated);
        capacity.setVisible(!seated);
    }

    /** The section as entered, or empty after marking what is wrong. */
    Optional<SectionDraft> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** The fields as the API names them for the section at {@code index} of the request. */
    Map<String, HasValidation> fieldsAt(int index) {
        String prefix = "sections[" + index + "].";
        return Map.of(prefix + "name", name, prefix + "kind", kind, prefix + "priceZone", priceZone,
                prefix + "rows", rows, prefix + "capacity", capacity);
    }
}
