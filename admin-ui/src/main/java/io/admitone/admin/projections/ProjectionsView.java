package io.admitone.admin.projections;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.ui.Problems;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The platform admin's view of the server instance's event processors: their state and lag, read again every few
 * seconds while the screen is open, replays, and the dead letters of the one selected.
 */
@Route(value = "projections", layout = AdminLayout.class)
@PageTitle("Projections · AdmitOne")
@Requires(platformAdmin = true)
@StyleSheet("styles/finance.css")
public class ProjectionsView extends Main {

    static final int REFRESH_MILLIS = 5000;

    private final AdmitOneApiClient api;
    private final ProcessorGrid processors;
    private final DeadLetterPanel deadLetters;
    private final Span refreshedAt = new Span();
    private Registration polling;

    public ProjectionsView(AdmitOneApiClient api) {
        this.api = api;
        addClassName("finance-screen");
        ProgressBar replaying = new ProgressBar();
        replaying.setId("replay-progress");
        replaying.getElement().setAttribute("aria-label", "Starting the replay");
        processors = new ProcessorGrid(api, replaying, this::refresh);
        deadLetters = new DeadLetterPanel(api, this::refresh);
        processors.asSingleSelect().addValueChangeListener(selected -> deadLetters.show(selected.getValue()));
        Button refresh = new Button("Refresh", click -> refresh());
        refresh.setId("projections-refresh");
        refreshedAt.setId("projections-refreshed-at");
        HorizontalLayout toolbar = new HorizontalLayout(refresh, refreshedAt);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H2("Projections"), toolbar, replaying, processors, deadLetters);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(REFRESH_MILLIS);
        polling = attach.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        polling.remove();
        detach.getUI().setPollInterval(-1);
    }

    private void refresh() {
        try {
            processors.show(api.get(ApiPath.of("/api/v1/admin/projections"), ProcessorStatus.All.class).processors());
            refreshedAt.setText("Read at " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }
}
