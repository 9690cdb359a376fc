package io.admitone.admin.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.LazyList;
import io.admitone.admin.ui.LongCall;
import io.admitone.admin.ui.Problems;
import org.springframework.http.HttpMethod;

import java.util.UUID;

/**
 * The organisation's hash chain: verifying it from the event store, which takes as long as reading the
 * organisation's history once, and its signed checkpoints, newest first, with signing one on request.
 */
class HashChainPanel extends VerticalLayout {

    private final AdmitOneApiClient api;
    private final UUID organisation = AdminSession.requireOrganisation();
    private final Div verdict = new Div();
    private final Grid<Checkpoint> checkpoints = new Grid<>();
    private final LazyList<Checkpoint> checkpointList;

    HashChainPanel(AdmitOneApiClient api) {
        this.api = api;
        setPadding(false);
        Button verify = new Button("Verify hash chain");
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        ProgressBar progress = new ProgressBar();
        progress.setId("audit-verify-progress");
        progress.getElement().setAttribute("aria-label", "Verifying the hash chain");
        LongCall verifying = LongCall.showing(progress);
        verify.addClickListener(click -> verifying.run(verify, this::verification, this::show));
        verdict.setId("audit-verify-result");
        verdict.getElement().setAttribute("role", "status");
        verdict.addClassName("chain-verdict");
        Button sign = new Button("Sign checkpoint now", click -> sign());
        sign.setId("audit-sign-checkpoint");
        configureCheckpoints();
        checkpointList = LazyList.attach(checkpoints, cursor -> api.page(
                ApiPath.of("/api/v1/orgs/{orgId}/audit/checkpoints", organisation).with("cursor", cursor),
                Checkpoint.class));
        add(new Paragraph("Recomputes every link of the organisation's chain from the event store and compares it "
                        + "with the stored links."), verify, progress, verdict,
                new HorizontalLayout(new H3("Signed checkpoints"), sign), checkpoints);
    }

    private ChainVerification verification() {
        return api.get(ApiPath.of("/api/v1/orgs/{orgId}/audit/verify", organisation), ChainVerification.class);
    }

    private void show(ChainVerification verification) {
        verdict.setText(verification.summary());
        verdict.getElement().setAttribute("data-verified", Boolean.toString(verification.verified()));
        verdict.setClassName("chain-broken", !verification.verified());
        verdict.setClassName("chain-verified", verification.verified());
    }

    private void sign() {
        try {
            Checkpoint signed = api.send(HttpMethod.POST,
                    ApiPath.of("/api/v1/orgs/{orgId}/audit/checkpoints", organisation), null, Checkpoint.class);
            Notification.show("Signed the head at link " + signed.sequence() + ".", 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            checkpointList.reload();
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void configureCheckpoints() {
        checkpoints.setId("audit-checkpoints");
        checkpoints.setAriaLabel("Signed checkpoints");
        checkpoints.setHeight("16rem");
        checkpoints.addColumn(Checkpoint::sequence).setHeader("Link").setAutoWidth(true).setFlexGrow(0);
        checkpoints.addColumn(Checkpoint::position).setHeader("Position").setAutoWidth(true).setFlexGrow(0);
        checkpoints.addColumn(checkpoint -> AuditTrailGrid.TIME.format(checkpoint.checkedAt()))
                .setHeader("Signed at").setAutoWidth(true);
        checkpoints.addColumn(Checkpoint::hash).setHeader("Hash").setFlexGrow(1);
        checkpoints.addColumn(checkpoint -> abbreviated(checkpoint.jws())).setHeader("JWS")
                .setTooltipGenerator(Checkpoint::jws).setFlexGrow(1);
    }

    private static String abbreviated(String jws) {
        return jws == null || jws.length() <= 24 ? jws : jws.substring(0, 24) + "…";
    }
}
