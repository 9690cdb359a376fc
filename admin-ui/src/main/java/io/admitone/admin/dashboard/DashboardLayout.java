package io.admitone.admin.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.dashboard.DashboardWidget;

import java.util.List;

/** A user's saved dashboard as the API reads and writes it ({@code /api/v1/orgs/{orgId}/dashboard-layout}). */
@JsonIgnoreProperties(ignoreUnknown = true)
record DashboardLayout(List<DashboardWidget> widgets) {

    DashboardLayout {
        widgets = widgets == null ? List.of() : List.copyOf(widgets);
    }
}
