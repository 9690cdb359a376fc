package io.admitone.query.dashboard;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.organisation.TenantId;

/** The member has saved no layout in the organisation (or the save has not reached the read model yet). */
class NoDashboardLayout extends DomainRejection {

    NoDashboardLayout(TenantId tenantId) {
        super("not-found", Kind.NOT_FOUND, "You have saved no dashboard layout in organisation " + tenantId);
    }
}
