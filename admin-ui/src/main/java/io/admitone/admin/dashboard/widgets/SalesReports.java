package io.admitone.admin.dashboard.widgets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.session.AdminSession;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** The current organisation's sales per day of its own calendar, for the days up to and including today. */
@Component
class SalesReports {

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record OrganisationZone(String timeZone) {
    }

    private final AdmitOneApiClient api;

    SalesReports(AdmitOneApiClient api) {
        this.api = api;
    }

    /** The last {@code days} days of the organisation's calendar, today included, one report line per day sold. */
    SalesReport lastDays(int days) {
        UUID organisation = AdminSession.requireOrganisation();
        ZoneId zone = zoneOf(organisation);
        LocalDate today = LocalDate.now(zone);
        return api.get(ApiPath.of("/api/v1/orgs/{orgId}/reports/sales", organisation)
                .with("groupBy", "day")
                .with("zone", zone.getId())
                .with("from", today.minusDays(days - 1L).atStartOfDay(zone).toInstant())
                .with("to", today.plusDays(1).atStartOfDay(zone).toInstant()), SalesReport.class);
    }

    private ZoneId zoneOf(UUID organisation) {
        String zone = api.get(ApiPath.of("/api/v1/orgs/{orgId}", organisation), OrganisationZone.class).timeZone();
        return zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone);
    }
}
