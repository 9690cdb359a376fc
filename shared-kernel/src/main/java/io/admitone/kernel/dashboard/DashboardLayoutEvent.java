package io.admitone.kernel.dashboard;

import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;

public sealed interface DashboardLayoutEvent permits DashboardLayoutSaved {

    TenantId tenantId();

    UserId userId();

    default DashboardLayoutId layoutId() {
        return new DashboardLayoutId(tenantId(), userId());
    }
}
