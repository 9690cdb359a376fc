package io.admitone.admin.orders;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.ui.Problems;

import java.util.List;

/** The order list's filters and sort, each one of the API's list parameters; empty fields filter nothing. */
class OrderFilters extends FlexLayout {

    private final TextField buyer = new TextField("Buyer e-mail or name");
    private final Select<OrderStatus> status = new Select<>();
    private final ComboBox<EventChoice> event = new ComboBox<>("Event");
    private final ComboBox<PerformanceChoice> performance = new ComboBox<>("Performance");
    private final DatePicker placedFrom = new DatePicker("Placed from");
    private final DatePicker placedUntil = new DatePicker("Placed until");
    private final Select<OrderSort> sort = new Select<>();
    private final SalesCatalog catalog;
    private final Times times;

    OrderFilters(SalesCatalog catalog, Times times) {
        this.catalog = catalog;
        this.times = times;
        addClassName("order-filters");
        buyer.setId("orders-buyer");
        buyer.setValueChangeMode(ValueChangeMode.LAZY);
        buyer.setClearButtonVisible(true);
        status.setLabel("Status");
        status.setItems(OrderStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        event.setItemLabelGenerator(EventChoice::title);
        event.setClearButtonVisible(true);
        event.addValueChangeListener(change -> offerPerformancesOf(change.getValue()));
        performance.setItemLabelGenerator(p -> times.of(p.startsAt()));
        performance.setClearButtonVisible(true);
        performance.setEnabled(false);
        placedFrom.addValueChangeListener(change -> placedUntil.setMin(change.getValue()));
        sort.setLabel("Sort by");
        sort.setItems(OrderSort.values());
        sort.setItemLabelGenerator(OrderSort::label);
        sort.setValue(OrderSort.NEWEST);
        add(buyer, status, event, performance, placedFrom, placedUntil, sort);
        offerEvents();
    }

    /** Runs {@code reload} whenever a filter or the sort changes. */
    void onChange(Runnable reload) {
        List<HasValue<?, ?>> fields = List.of(buyer, status, event, performance, placedFrom, placedUntil, sort);
        fields.forEach(field -> field.addValueChangeListener(change -> reload.run()));
    }

    ApiPath applyTo(ApiPath orders) {
        return orders.with("q", buyer.getValue().strip())
                .with("status", status.getValue())
                .with("eventId", event.getValue() == null ? null : event.getValue().id())
                .with("performanceId", performance.getValue() == null ? null : performance.getValue().id())
                .with("from", times.startOf(placedFrom.getValue()))
                .with("to", placedUntil.getValue() == null ? null : times.startOf(placedUntil.getValue().plusDays(1)))
                .with("sort", sort.getValue().key());
    }

    private void offerEvents() {
        try {
            event.setItems(catalog.events());
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void offerPerformancesOf(EventChoice chosen) {
        performance.clear();
        performance.setEnabled(chosen != null);
        try {
            performance.setItems(chosen == null ? List.of() : catalog.performancesOf(chosen.id()));
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }
}
