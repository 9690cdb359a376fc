package io.admitone.admin.events;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.ui.Problems;
import org.springframework.http.HttpMethod;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Adds a ticket type to an event or replaces its terms as a whole: price, what it sells (a standing section or a
 * price zone), order limits, sales window, visibility, tax and fees.
 */
class TicketTypeDialog extends Dialog {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AdmitOneApiClient api;
    private final HttpMethod method;
    private final ApiPath target;
    private final ZoneId zone;
    private final Runnable saved;
    private final TextField name = new TextField("Name");
    private final BigDecimalField amount = new BigDecimalField("Price");
    private final TextField currency = new TextField("Currency");
    private final Select<Place> place = new Select<>();
    private final IntegerField minPerOrder = new IntegerField("At least per order");
    private final IntegerField maxPerOrder = new IntegerField("At most per order");
    private final DateTimePicker salesFrom = new DateTimePicker("Sales from (optional)");
    private final DateTimePicker salesUntil = new DateTimePicker("Sales until (optional)");
    private final Checkbox visible = new Checkbox("Visible to buyers");
    private final BigDecimalField taxRate = new BigDecimalField("Tax rate (%)");
    private final Checkbox taxIncluded = new Checkbox("Price includes tax");
    private final BigDecimalField feeFixed = new BigDecimalField("Fee per ticket (optional)");
    private final BigDecimalField feePercent = new BigDecimalField("Fee in % of price (optional)");
    private final Binder<TicketTypeForm> binder = new Binder<>(TicketTypeForm.class);
    private final Button save;

    private TicketTypeDialog(AdmitOneApiClient api, HttpMethod method, ApiPath target, TicketTypeForm terms,
                             List<Place> places, ZoneId zone, Runnable saved) {
        this.api = api;
        this.method = method;
        this.target = target;
        this.zone = zone;
        this.saved = saved;
        setHeaderTitle(method == HttpMethod.POST ? "Add ticket type" : "Edit ticket type");
        setId("ticket-type-form");
        setWidth("min(100%, 44rem)");
        place.setLabel("Sells");
        place.setId("ticket-type-place");
        place.setItems(places);
        place.setItemLabelGenerator(Place::label);
        bind();
        binder.readRecord(terms);
        add(new FormLayout(name, place, amount, currency, minPerOrder, maxPerOrder, salesFrom, salesUntil, taxRate,
                feeFixed, feePercent, taxIncluded, visible));
        save = new Button(method == HttpMethod.POST ? "Save ticket type" : "Save terms", click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    static TicketTypeDialog adding(AdmitOneApiClient api, ApiPath ticketTypes, EventDetail event, List<Place> places,
                                   ZoneId zone, Runnable saved) {
        return new TicketTypeDialog(api, HttpMethod.POST, ticketTypes, TicketTypeForm.empty(event.currency()),
                places, zone, saved);
    }

    /** Editing {@code type}; once the event is published, what it sells is fixed and only shown. */
    static TicketTypeDialog editing(AdmitOneApiClient api, ApiPath ticketType, EventDetail.TicketType type,
                                    boolean placesFixed, List<Place> places, ZoneId zone, Runnable saved) {
        TicketTypeDialog dialog = new TicketTypeDialog(api, HttpMethod.PATCH, ticketType,
                TicketTypeForm.of(type, zone), places, zone, saved);
        dialog.place.setReadOnly(placesFixed);
        return dialog;
    }

    private void bind() {
        binder.forField(name).asRequired("Name the ticket type")
                .withValidator(new StringLengthValidator("At most 100 characters", 1, TicketTypeForm.MAX_NAME))
                .bind("name");
        binder.forField(amount).asRequired("Enter the price")
                .withValidator(price -> price.signum() >= 0, "Zero or more").bind("amount");
        binder.forField(currency).asRequired("Enter the currency")
                .withValidator(code -> code.matches(TicketTypeForm.CURRENCY), "An ISO 4217 code such as EUR")
                .bind("currency");
        binder.forField(place).asRequired("Choose what it sells").bind("place");
        binder.forField(minPerOrder).asRequired("At least 1")
                .withValidator(min -> min >= 1, "At least 1").bind("minPerOrder");
        binder.forField(maxPerOrder).asRequired("At most 100")
                .withValidator(max -> max <= TicketTypeForm.MAX_PER_ORDER, "At most 100")
                .withValidator(max -> minPerOrder.isEmpty() || max >= minPerOrder.getValue(),
                        "Not fewer than at least per order").bind("maxPerOrder");
        binder.forField(salesFrom).bind("salesFrom");
        binder.forField(salesUntil).withValidator(until -> until == null || salesFrom.isEmpty()
                || until.isAfter(salesFrom.getValue()), "Must be after the sales start").bind("salesUntil");
        binder.forField(visible).bind("visible");
        binder.forField(taxRate).asRequired("0 for none").withValidator(TicketTypeDialog::percentage,
                "0 to 100, at most two decimals").bind("taxRate");
        binder.forField(taxIncluded).bind("taxIncluded");
        binder.forField(feeFixed).withValidator(fee -> fee == null || fee.signum() >= 0, "Zero or more")
                .bind("feeFixed");
        binder.forField(feePercent).withValidator(fee -> fee == null || percentage(fee),
                "0 to 100, at most two decimals").bind("feePercent");
    }

    private static boolean percentage(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0 && value.stripTrailingZeros().scale() <= 2;
    }

    private void save() {
        try {
            api.send(method, target, binder.writeRecord().toRequest(zone));
            close();
            saved.run();
        } catch (ValidationException invalid) {
            // The binder marks the fields at fault.
        } catch (AdmitOneApiException e) {
            Problems.show(e, Map.<String, HasValidation>ofEntries(Map.entry("name", name),
                    Map.entry("price", amount), Map.entry("price.amount", amount),
                    Map.entry("price.currency", currency), Map.entry("section", place),
                    Map.entry("priceZone", place), Map.entry("minPerOrder", minPerOrder),
                    Map.entry("maxPerOrder", maxPerOrder), Map.entry("salesFrom", salesFrom),
                    Map.entry("salesUntil", salesUntil), Map.entry("taxRate", taxRate),
                    Map.entry("feeFixed.amount", feeFixed), Map.entry("feePercent", feePercent)));
        } finally {
            save.setEnabled(true);
        }
    }
}
