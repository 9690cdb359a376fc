package io.admitone.admin.checkin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.orders.PerformanceChoice;
import io.admitone.admin.orders.SalesCatalog;
import io.admitone.admin.orders.Times;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.Problems;
import io.admitone.kernel.access.Operation;
import org.springframework.http.HttpMethod;

import java.time.Instant;
import java.util.Map;

/**
 * The door: pick the performance, then scan. The code field keeps the focus and is cleared after each scan, so a
 * barcode scanner (which types the code and presses Enter) can scan ticket after ticket; the verdict shows big, and
 * the count of tickets admitted here since the screen was opened runs alongside.
 */
@Route(value = "check-in", layout = AdminLayout.class)
@PageTitle("Check-in · AdmitOne")
@Requires(Operation.CHECK_IN)
@StyleSheet("styles/orders.css")
public class CheckInView extends Main {

    private final AdmitOneApiClient api;
    private final Times times;
    private final ComboBox<PerformanceChoice> performance = new ComboBox<>("Performance");
    private final TextField code = new TextField("Ticket code");
    private final Button checkIn = new Button("Check in");
    private final ScanVerdict verdict = new ScanVerdict();
    private final Span count = new Span();
    private int admitted;

    public CheckInView(AdmitOneApiClient api, SalesCatalog catalog) {
        this.api = api;
        this.times = catalog.times();
        addClassName("check-in");
        performance.setId("check-in-performance");
        performance.setItemLabelGenerator(choice -> choice.shown(times));
        performance.setWidth("min(100%, 32rem)");
        performance.addValueChangeListener(change -> {
            checkIn.setEnabled(change.getValue() != null);
            code.focus();
        });
        offerUpcoming(catalog);
        code.setId("check-in-code");
        code.setPlaceholder("Scan or type the code");
        code.setAutofocus(true);
        code.setClearButtonVisible(true);
        code.setWidth("min(100%, 32rem)");
        checkIn.setId("check-in-submit");
        checkIn.addThemeVariants(ButtonVariant.PRIMARY);
        checkIn.setEnabled(false);
        checkIn.addClickListener(click -> scan());
        checkIn.addClickShortcut(Key.ENTER).resetFocusOnActiveElement();
        count.setId("check-in-count");
        count.addClassName("check-in-count");
        showCount();
        HorizontalLayout scanning = new HorizontalLayout(code, checkIn);
        scanning.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Check-in"), performance, scanning, verdict, count);
    }

    private void offerUpcoming(SalesCatalog catalog) {
        try {
            performance.setItems(catalog.upcomingPerformances(Instant.now()));
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void scan() {
        String scanned = code.getValue();
        if (performance.getValue() == null || scanned.isBlank()) {
            code.focus();
            return;
        }
        try {
            CheckInAnswer answer = api.send(HttpMethod.POST, ApiPath.of(
                    "/api/v1/orgs/{orgId}/performances/{performanceId}/check-ins",
                    AdminSession.requireOrganisation(), performance.getValue().id()),
                    CheckInRequest.of(scanned), CheckInAnswer.class);
            verdict.show(answer, times, Instant.now());
            if (answer.result() == CheckInResult.ADMITTED) {
                admitted++;
                showCount();
            }
            code.clear();
        } catch (AdmitOneApiException e) {
            Problems.show(e, Map.of("code", code, "qr", code));
        }
        code.focus();
    }

    private void showCount() {
        count.setText("Admitted here since opening this screen: " + admitted);
    }
}
