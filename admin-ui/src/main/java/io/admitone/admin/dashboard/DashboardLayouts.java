package io.admitone.admin.dashboard;

import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.session.AdminSession;
import io.admitone.kernel.dashboard.DashboardWidget;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Reads and saves the signed-in user's dashboard in the current organisation through the API. */
@Component
class DashboardLayouts {

    private static final String PATH = "/api/v1/orgs/{orgId}/dashboard-layout";

    private final AdmitOneApiClient api;

    DashboardLayouts(AdmitOneApiClient api) {
        this.api = api;
    }

    /** The widgets the user saved, or empty when they saved none. */
    Optional<List<DashboardWidget>> saved() {
        try {
            return Optional.of(api.get(path(), DashboardLayout.class).widgets());
        } catch (AdmitOneApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    void save(List<DashboardWidget> widgets) {
        api.send(HttpMethod.PUT, path(), new DashboardLayout(widgets));
    }

    private static ApiPath path() {
        return ApiPath.of(PATH, AdminSession.requireOrganisation());
    }
}
