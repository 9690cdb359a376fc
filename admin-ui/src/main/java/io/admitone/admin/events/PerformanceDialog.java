package io.admitone.admin.events;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.ui.Problems;
import org.springframework.http.HttpMethod;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * Schedules a performance of an event, or reschedules one (which also schedules a postponed one again), with its
 * times entered in the venue's time zone and checked in the order the catalog requires.
 */
class PerformanceDialog extends Dialog {

    private final AdmitOneApiClient api;
    private final ApiPath target;
    private final HttpMethod method;
    private final ZoneId zone;
    private final Runnable saved;
    private final DateTimePicker startsAt = new DateTimePicker("Starts");
    private final DateTimePicker endsAt = new DateTimePicker("Ends");
    private final DateTimePicker doorsAt = new DateTimePicker("Doors open (optional)");
    private final DateTimePicker onSaleFrom = new DateTimePicker("On sale from");
    private final DateTimePicker onSaleUntil = new DateTimePicker("On sale until");
    private final Binder<PerformanceTimesForm> binder = new Binder<>(PerformanceTimesForm.class);
    private final Button save;

    private PerformanceDialog(AdmitOneApiClient api, String title, HttpMethod method, ApiPath target,
                              PerformanceTimesForm times, ZoneId zone, Runnable saved) {
        this.api = api;
        this.method = method;
        this.target = target;
        this.zone = zone;
        this.saved = saved;
        setHeaderTitle(title);
        setId("performance-form");
        save = new Button(method == HttpMethod.POST ? "Schedule performance" : "Reschedule", click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setDisableOnClick(true);
        bind();
        binder.readRecord(times);
        add(new Paragraph("Times are in the venue's time zone, " + zone + "."),
                new FormLayout(startsAt, endsAt, doorsAt, onSaleFrom, onSaleUntil));
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    static PerformanceDialog adding(AdmitOneApiClient api, ApiPath event, ZoneId zone, Runnable saved) {
        return new PerformanceDialog(api, "Add performance", HttpMethod.POST, event, PerformanceTimesForm.empty(),
                zone, saved);
    }

    static PerformanceDialog rescheduling(AdmitOneApiClient api, ApiPath performance,
                                          EventDetail.Performance current, ZoneId zone, Runnable saved) {
        return new PerformanceDialog(api, "Reschedule performance", HttpMethod.PATCH, performance,
                PerformanceTimesForm.of(current, zone), zone, saved);
    }

    private void bind() {
        binder.forField(startsAt).asRequired("When does it start?").bind("startsAt");
        binder.forField(endsAt).asRequired("When does it end?")
                .withValidator(end -> after(end, startsAt.getValue()), "Must be after the start").bind("endsAt");
        binder.forField(doorsAt).withValidator(doors -> doors == null || !after(doors, startsAt.getValue()),
                "Must not be after the start").bind("doorsAt");
        binder.forField(onSaleFrom).asRequired("When does the sale start?").bind("onSaleFrom");
        binder.forField(onSaleUntil).asRequired("When does the sale end?")
                .withValidator(until -> after(until, onSaleFrom.getValue()), "Must be after the sale starts")
                .withValidator(until -> endsAt.isEmpty() || !after(until, endsAt.getValue()),
                        "Must not be after the end")
                .bind("onSaleUntil");
    }

    private static boolean after(LocalDateTime time, LocalDateTime other) {
        return other == null || time.isAfter(other);
    }

    private void save() {
        try {
            api.send(method, target, binder.writeRecord().toRequest(zone));
            close();
            saved.run();
        } catch (ValidationException invalid) {
            // The binder marks the fields at fault.
        } catch (AdmitOneApiException e) {
            Problems.show(e, Map.<String, HasValidation>of("startsAt", startsAt, "endsAt", endsAt,
                    "doorsAt", doorsAt, "onSaleFrom", onSaleFrom, "onSaleUntil", onSaleUntil));
        } finally {
            save.setEnabled(true);
        }
    }
}
