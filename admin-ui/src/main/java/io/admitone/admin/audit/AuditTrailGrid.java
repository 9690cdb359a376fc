package io.admitone.admin.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.LazyList;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The organisation's events, newest first, read page by page as the user scrolls; selecting one (click, or Space
 * on the focused row) opens it in an {@link AuditEventDialog}.
 */
class AuditTrailGrid extends Grid<AuditEvent> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final LazyList<AuditEvent> list;
    private AuditFilter filter = AuditFilter.NONE;

    AuditTrailGrid(AdmitOneApiClient api) {
        setId("audit-grid");
        setHeight("32rem");
        addThemeVariants(GridVariant.ROW_STRIPES);
        setAriaLabel("Audit trail");
        addColumn(AuditEvent::position).setHeader("Position").setAutoWidth(true).setFlexGrow(0);
        addColumn(event -> TIME.format(event.occurredAt())).setHeader("Occurred").setAutoWidth(true);
        addColumn(AuditEvent::type).setHeader("Type").setAutoWidth(true);
        addColumn(event -> event.aggregateType() == null ? "" : event.aggregateType() + " " + shortened(
                event.aggregateId())).setHeader("Aggregate").setTooltipGenerator(AuditEvent::aggregateId)
                .setAutoWidth(true);
        addColumn(event -> shortened(event.actor())).setHeader("Actor").setTooltipGenerator(AuditEvent::actor)
                .setFlexGrow(1);
        UUID organisation = AdminSession.requireOrganisation();
        list = LazyList.attach(this, cursor -> api.page(filter.applyTo(
                ApiPath.of("/api/v1/orgs/{orgId}/audit/events", organisation))
                .with("sort", "-position").with("cursor", cursor), AuditEvent.class));
        asSingleSelect().addValueChangeListener(selected -> {
            if (selected.getValue() != null) {
                new AuditEventDialog(selected.getValue()).open();
                asSingleSelect().clear();
            }
        });
    }

    /** An id cut to its first characters, enough to tell rows apart; the tooltip has it whole. */
    private static String shortened(String id) {
        return id == null || id.length() <= 13 ? id : id.substring(0, 13) + "…";
    }

    void show(AuditFilter filter) {
        this.filter = filter;
        list.reload();
    }
}
