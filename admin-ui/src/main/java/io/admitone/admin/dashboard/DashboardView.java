package io.admitone.admin.dashboard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.session.SignedInUser;
import io.admitone.admin.ui.Problems;

/**
 * The dashboard: who is signed in, and the board of widgets they arranged in the current organisation (or the
 * default board for their roles), with a button to add the widgets that are not on it.
 */
@Route(value = "dashboard", layout = AdminLayout.class)
@PageTitle("Dashboard · AdmitOne")
@StyleSheet("styles/dashboard.css")
public class DashboardView extends Main implements BeforeEnterObserver {

    private final Paragraph signedInAs = new Paragraph();
    private final Button addWidget = new Button("Add widget", VaadinIcon.PLUS.create());
    private final WidgetBoard board;

    public DashboardView(WidgetRegistry registry, DashboardLayouts layouts) {
        this.board = new WidgetBoard(registry, layouts);
        addClassName("dashboard");
        signedInAs.addClassName("dashboard-signed-in-as");
        addWidget.setId("dashboard-add-widget");
        addWidget.addClickListener(click -> new AddWidgetDialog(board.addable(), board::add).open());
        board.afterChange(this::offerAdding);
        Div heading = new Div(new H2("Dashboard"), addWidget);
        heading.addClassName("dashboard-heading");
        add(heading, signedInAs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // SignInGuard sends everyone else to the sign-in page before this runs.
        AdminSession.signedInUser()
                .map(SignedInUser::email)
                .ifPresent(email -> signedInAs.setText("You are signed in as " + email + "."));
        if (AdminSession.organisation().isEmpty()) {
            addWidget.setVisible(false);
            add(new Paragraph("You are not a member of an organisation yet, so there is nothing to show here."));
            return;
        }
        try {
            board.restore();
            add(board);
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
        offerAdding();
    }

    private void offerAdding() {
        addWidget.setEnabled(!board.addable().isEmpty());
    }
}
