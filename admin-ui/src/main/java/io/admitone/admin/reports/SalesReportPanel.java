package io.admitone.admin.reports;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.Problems;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sales report: the form, the lines with their totals, and the report shown as the API's CSV file, read from the
 * server when it is downloaded.
 */
class SalesReportPanel extends VerticalLayout {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final AdmitOneApiClient api;
    private final UUID organisation = AdminSession.requireOrganisation();
    private final SalesQueryForm form;
    private final SalesReportGrid lines = new SalesReportGrid();
    private final Paragraph caption = new Paragraph();
    private final Anchor download;
    private SalesQuery shown = SalesQuery.DEFAULT;
    private Instant shownAsOf;

    SalesReportPanel(AdmitOneApiClient api) {
        this.api = api;
        setPadding(false);
        form = new SalesQueryForm(this::show);
        caption.setId("sales-caption");
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            AtomicReference<String> csv = new AtomicReference<>();
            try {
                // The download is a request of its own: the signed-in user is found in the session it locks.
                event.getUI().accessSynchronously(() -> csv.set(shownAsCsv()));
            } catch (AdmitOneApiException e) {
                return DownloadResponse.error(e.status() == 0 ? 502 : e.status(), e.getMessage());
            }
            byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), "text/csv", bytes.length);
        }), "Download CSV");
        download.setId("sales-csv");
        download.setEnabled(false);
        add(form, caption, download, lines);
        show(SalesQuery.DEFAULT);
    }

    private void show(SalesQuery query) {
        try {
            SalesReport report = api.get(query.path(organisation), SalesReport.class);
            shown = query;
            shownAsOf = report.asOf();
            lines.show(report, query.groupBy());
            caption.setText("By " + query.groupBy().label().toLowerCase() + ", as the books stood at "
                    + AS_OF.format(report.asOf().atZone(ZoneId.of(report.zone()))) + ".");
            download.setEnabled(true);
        } catch (AdmitOneApiException e) {
            Problems.show(e, form.timeFields());
        }
    }

    /** The report on screen as CSV: as of the same instant, so that it has the same lines. */
    private String shownAsCsv() {
        return api.text(shown.path(organisation, shownAsOf), CSV);
    }

    private String fileName() {
        return "sales-by-" + shown.groupBy().apiName() + ".csv";
    }
}
