package io.admitone.admin.audit;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import java.util.List;
import java.util.function.Consumer;

/**
 * The audit trail's filters: event type, aggregate type and id, and a time range, checked as the API checks them
 * (a type is a class's simple name, {@code to} comes after {@code from}) before the list is read again.
 */
class AuditFilterForm extends FormLayout {

    /** The aggregate types the trail names, as the API lists them. */
    private static final List<String> AGGREGATE_TYPES = List.of("ApiKey", "BuyerErasure", "Event", "Hold", "Order",
            "Organisation", "SeatedPartition", "StaffUser", "StandingPartition", "Venue", "WebhookSubscription");

    private final TextField type = new TextField("Event type");
    private final ComboBox<String> aggregateType = new ComboBox<>("Aggregate type", AGGREGATE_TYPES);
    private final TextField aggregateId = new TextField("Aggregate id");
    private final DateTimePicker from = new DateTimePicker("From (UTC)");
    private final DateTimePicker to = new DateTimePicker("Before (UTC)");
    private final Binder<AuditFilter> binder = new Binder<>(AuditFilter.class);

    AuditFilterForm(Consumer<AuditFilter> apply) {
        addClassName("finance-filters");
        type.setPlaceholder("OrderPlaced");
        type.setMaxLength(200);
        aggregateType.setClearButtonVisible(true);
        aggregateId.setMaxLength(200);
        bind();
        Button show = new Button("Apply filters", click -> {
            try {
                apply.accept(binder.writeRecord());
            } catch (ValidationException invalid) {
                // The binder shows each invalid field's message next to it.
            }
        });
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.addClickShortcut(Key.ENTER);
        show.setId("audit-apply-filters");
        Button clear = new Button("Clear filters", click -> {
            binder.readRecord(AuditFilter.NONE);
            apply.accept(AuditFilter.NONE);
        });
        add(type, aggregateType, aggregateId, from, to, new HorizontalLayout(show, clear));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
    }

    private void bind() {
        binder.forField(type)
                .withValidator(value -> value.isBlank() || value.strip().matches("[A-Za-z][A-Za-z0-9]*"),
                        "An event type is a class's simple name, such as OrderPlaced")
                .bind("type");
        binder.forField(aggregateType).bind("aggregateType");
        binder.forField(aggregateId).bind("aggregateId");
        binder.forField(from).bind("from");
        binder.forField(to)
                .withValidator(value -> value == null || from.isEmpty() || value.isAfter(from.getValue()),
                        "Must be after From")
                .bind("to");
        from.addValueChangeListener(change -> binder.validate());
        binder.readRecord(AuditFilter.NONE);
    }
}
