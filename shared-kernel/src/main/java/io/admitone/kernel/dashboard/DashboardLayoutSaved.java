package io.admitone.kernel.dashboard;

import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.List;

/** A staff member saved their dashboard layout in an organisation: these widgets, in this order, replace the last. */
public record DashboardLayoutSaved(TenantId tenantId, UserId userId, List<DashboardWidget> widgets, Instant savedAt)
        implements DashboardLayoutEvent {

    public DashboardLayoutSaved {
        widgets = List.copyOf(widgets);
    }
}
