package io.admitone.kernel.dashboard;

import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;

import java.util.Objects;

/** The dashboard layout of one staff member in one organisation: each member has their own in each. */
public record DashboardLayoutId(TenantId tenantId, UserId userId) {

    public DashboardLayoutId {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(userId, "user id");
    }

    /** The organisation and the user, as the event store keys the layout's events. */
    @Override
    public String toString() {
        return tenantId + ":" + userId;
    }
}
