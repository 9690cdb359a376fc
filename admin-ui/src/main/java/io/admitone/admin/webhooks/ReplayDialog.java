package io.admitone.admin.webhooks;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.shared.Registration;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.ui.Problems;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Sends a subscription every matching event again, from a point in time up to now, and shows the replay's progress
 * while the dialog is open, read from the delivery log every two seconds.
 */
class ReplayDialog extends Dialog {

    private static final int POLL_MILLIS = 2000;

    private final AdmitOneApiClient api;
    private final WebhookPaths paths;
    private final Subscription subscription;
    private final Runnable started;
    private final Binder<ReplayFrom> binder = new Binder<>(ReplayFrom.class);
    private final DateTimePicker from = new DateTimePicker("Replay events from (UTC)");
    private final ReplayProgress progress;
    private final Button start = new Button("Start replay", click -> start());
    private Registration polling;

    ReplayDialog(AdmitOneApiClient api, WebhookPaths paths, Subscription subscription, Runnable started) {
        this.api = api;
        this.paths = paths;
        this.subscription = subscription;
        this.started = started;
        this.progress = new ReplayProgress(api, paths, subscription.id());
        setHeaderTitle("Replay to " + subscription.url());
        setId("webhook-replay");
        from.setStep(Duration.ofMinutes(15));
        binder.forField(from).asRequired("Choose where the replay starts")
                .withConverter(Converter.<LocalDateTime, Instant>from(
                        local -> Result.ok(local.toInstant(ZoneOffset.UTC)),
                        instant -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC)))
                .withValidator(instant -> !instant.isAfter(Instant.now()), "Choose a time that has passed")
                .bind("from");
        binder.readRecord(new ReplayFrom(Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS)));
        add(new Paragraph("Every event the subscription's event types match, from then up to now, is sent again in "
                + "order, behind the deliveries already waiting; events from before the subscription existed too."),
                from, progress);
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickShortcut(Key.ENTER);
        start.setDisableOnClick(true);
        getFooter().add(new Button("Close", click -> close()), start);
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                stopPolling();
            }
        });
    }

    private void start() {
        try {
            ReplayStarted replay = api.send(HttpMethod.POST, paths.replay(subscription.id()), binder.writeRecord(),
                    ReplayStarted.class);
            start.setText("Replay started");
            from.setReadOnly(true);
            progress.track(replay.replayId());
            startPolling();
            started.run();
        } catch (ValidationException invalid) {
            start.setEnabled(true);
        } catch (AdmitOneApiException e) {
            start.setEnabled(true);
            Problems.show(e, Map.of("from", from));
        }
    }

    private void startPolling() {
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> progress.refresh());
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }
}
