package io.admitone.admin.projections;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.api.Page;
import io.admitone.admin.ui.LazyList;
import io.admitone.admin.ui.Problems;
import org.springframework.http.HttpMethod;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The dead letters of one projection: the events its handler could not apply, each retried (its whole sequence is
 * applied again) or skipped (evicted without being applied), or all retried at once.
 */
class DeadLetterPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AdmitOneApiClient api;
    private final Runnable changed;
    private final H3 heading = new H3();
    private final Grid<DeadLetter> letters = new Grid<>();
    private final LazyList<DeadLetter> list;
    private String processor;

    DeadLetterPanel(AdmitOneApiClient api, Runnable changed) {
        this.api = api;
        this.changed = changed;
        setPadding(false);
        setId("dead-letters");
        configureLetters();
        list = LazyList.attach(letters, cursor -> processor == null ? new Page<>(List.of(), null)
                : api.page(path("").with("cursor", cursor), DeadLetter.class));
        Button retryAll = new Button("Retry all", click -> retry(path("/retry")));
        retryAll.setId("dead-letters-retry-all");
        add(new HorizontalLayout(heading, retryAll), letters);
        setVisible(false);
    }

    /** Shows the dead letters of {@code status}'s processor, if it keeps any. */
    void show(ProcessorStatus status) {
        boolean parks = status != null && status.keepsDeadLetters();
        setVisible(parks);
        String shown = parks ? status.name() : null;
        if (!Objects.equals(shown, processor)) {
            processor = shown;
            heading.setText("Dead letters of " + processor);
            list.reload();
        }
    }

    private ApiPath path(String rest) {
        return ApiPath.of("/api/v1/admin/projections/{name}/dead-letters" + rest, processor);
    }

    private ApiPath path(DeadLetter letter, String rest) {
        return ApiPath.of("/api/v1/admin/projections/{name}/dead-letters/{id}" + rest, processor, letter.id());
    }

    private void retry(ApiPath retry) {
        try {
            Notification.show(api.send(HttpMethod.POST, retry, null, RetryOutcome.class).summary());
            reload();
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void skip(DeadLetter letter) {
        ConfirmDialog confirm = new ConfirmDialog("Skip this event?", "The " + letter.shortEventType()
                + " is evicted without being applied: " + processor + "'s read model will never show it.",
                "Skip", ok -> {
                    try {
                        api.send(HttpMethod.DELETE, path(letter, ""), null);
                        reload();
                    } catch (AdmitOneApiException e) {
                        Problems.show(e);
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void reload() {
        list.reload();
        changed.run();
    }

    private void configureLetters() {
        letters.setAriaLabel("Dead letters");
        letters.setHeight("18rem");
        letters.setEmptyStateText("No events are parked.");
        letters.addColumn(DeadLetter::shortEventType).setHeader("Event").setAutoWidth(true);
        letters.addColumn(letter -> letter.aggregateType() + " " + letter.aggregateId()).setHeader("Aggregate")
                .setAutoWidth(true);
        letters.addColumn(letter -> letter.causeType() + ": " + letter.causeMessage()).setHeader("Cause")
                .setFlexGrow(1);
        letters.addColumn(letter -> TIME.format(letter.enqueuedAt())).setHeader("Parked").setAutoWidth(true);
        letters.addComponentColumn(letter -> {
            Button retry = new Button("Retry", click -> retry(path(letter, "/retry")));
            retry.addThemeVariants(ButtonVariant.SMALL);
            Button skip = new Button("Skip", click -> skip(letter));
            skip.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            return new HorizontalLayout(retry, skip);
        }).setHeader("Actions").setAutoWidth(true);
    }
}
