package io.admitone.admin.projections;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.ui.LongCall;
import org.springframework.http.HttpMethod;

import java.util.List;

/**
 * The event processors with their state, position against the head, lag, errors and parked events; a replayable one
 * offers a replay, confirmed first because its read model is emptied and rebuilt from the first event.
 */
class ProcessorGrid extends Grid<ProcessorStatus> {

    private final AdmitOneApiClient api;
    private final LongCall replaying;
    private final Runnable refresh;

    ProcessorGrid(AdmitOneApiClient api, ProgressBar replaying, Runnable refresh) {
        this.api = api;
        this.replaying = LongCall.showing(replaying);
        this.refresh = refresh;
        setId("projections-grid");
        setAriaLabel("Event processors");
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.ROW_STRIPES);
        addColumn(ProcessorStatus::name).setHeader("Processor").setKey("name").setAutoWidth(true);
        addComponentColumn(ProcessorGrid::state).setHeader("State").setKey("state").setAutoWidth(true);
        addColumn(status -> status.position() + " / " + status.headPosition()).setHeader("Position / head")
                .setAutoWidth(true);
        addColumn(ProcessorStatus::progress).setHeader("Progress").setKey("progress").setAutoWidth(true);
        addColumn(status -> status.keepsDeadLetters() ? status.deadLetters().toString() : "—")
                .setHeader("Dead letters").setKey("deadLetters").setAutoWidth(true);
        addColumn(ProcessorStatus::errors).setHeader("Errors").setKey("errors").setFlexGrow(1);
        addComponentColumn(this::replayButton).setHeader("Replay").setKey("replay").setAutoWidth(true);
    }

    /** Shows {@code statuses}, keeping the processor that was selected selected. */
    void show(List<ProcessorStatus> statuses) {
        String selected = asSingleSelect().getOptionalValue().map(ProcessorStatus::name).orElse(null);
        setItems(statuses);
        statuses.stream().filter(status -> status.name().equals(selected)).findFirst().ifPresent(this::select);
    }

    private static Span state(ProcessorStatus status) {
        Span state = new Span(status.state());
        state.getElement().getThemeList().add("badge " + switch (status.state()) {
            case "RUNNING" -> "success";
            case "ERROR" -> "error";
            default -> "contrast";
        });
        return state;
    }

    private Button replayButton(ProcessorStatus status) {
        Button replay = new Button("Replay");
        replay.setAriaLabel("Replay " + status.name());
        replay.addThemeVariants(ButtonVariant.SMALL);
        replay.setEnabled(status.replayable());
        replay.addClickListener(click -> confirmReplay(status, replay));
        return replay;
    }

    private void confirmReplay(ProcessorStatus status, Button replay) {
        ConfirmDialog confirm = new ConfirmDialog("Replay " + status.name() + "?",
                "Its read model is emptied and rebuilt from the first event. Until it has caught up, queries it "
                        + "serves answer with less than before.", "Replay",
                ok -> replaying.run(replay, () -> api.send(HttpMethod.POST,
                        ApiPath.of("/api/v1/admin/projections/{name}/replay", status.name()), null,
                        ProcessorStatus.class), started -> {
                    Notification.show(started.name() + " is replaying from the first event.");
                    refresh.run();
                }));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
