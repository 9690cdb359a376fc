package io.admitone.command.organisation;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.organisation.TenantId;

class OrganisationIsSuspended extends DomainRejection {

    OrganisationIsSuspended(TenantId tenantId) {
        super("organisation-suspended", Kind.CONFLICT,
                "Organisation " + tenantId + " is suspended; reactivate it before changing it");
    }
}
