package io.admitone.admin.reports;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sales report's parameters, checked as the API checks them: a grouping, a time zone of the time zone database,
 * and {@code to} after {@code from}; the times are read in that zone.
 */
class SalesQueryForm extends FormLayout {

    private final Select<Grouping> groupBy = new Select<>();
    private final DateTimePicker asOf = new DateTimePicker("As of");
    private final DateTimePicker from = new DateTimePicker("From");
    private final DateTimePicker to = new DateTimePicker("Before");
    private final ComboBox<String> zone = new ComboBox<>("Time zone");
    private final Binder<SalesQuery> binder = new Binder<>(SalesQuery.class);

    SalesQueryForm(Consumer<SalesQuery> show) {
        addClassName("finance-filters");
        groupBy.setLabel("Group by");
        groupBy.setItems(Grouping.values());
        groupBy.setItemLabelGenerator(Grouping::label);
        asOf.setHelperText("Now when empty");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setHelperText("Days and the times above are read in it");
        bind();
        Button showReport = new Button("Show report", click -> {
            try {
                show.accept(binder.writeRecord());
            } catch (ValidationException invalid) {
                // The binder shows each invalid field's message next to it.
            }
        });
        showReport.setId("sales-show");
        showReport.addThemeVariants(ButtonVariant.PRIMARY);
        showReport.addClickShortcut(Key.ENTER);
        add(groupBy, asOf, zone, from, to, showReport);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
    }

    /** The form's fields by the names the API gives its parameters, for the server's problems. */
    Map<String, DateTimePicker> timeFields() {
        return Map.of("asOf", asOf, "from", from, "to", to);
    }

    private void bind() {
        binder.forField(groupBy).asRequired("Choose what a line is for").bind("groupBy");
        binder.forField(asOf).bind("asOf");
        binder.forField(from).bind("from");
        binder.forField(to)
                .withValidator(value -> value == null || from.isEmpty() || value.isAfter(from.getValue()),
                        "Must be after From")
                .bind("to");
        binder.forField(zone).asRequired("Choose a time zone")
                .withValidator(ZoneId.getAvailableZoneIds()::contains, "Not a time zone of the time zone database")
                .bind("zone");
        binder.readRecord(SalesQuery.DEFAULT);
    }
}
