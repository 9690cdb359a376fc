package io.admitone.command.organisation;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.organisation.TenantId;

/** Answered like the access check's not-found, so that both say the same about an organisation nobody can reach. */
class OrganisationNotFound extends DomainRejection {

    OrganisationNotFound(TenantId tenantId) {
        super("not-found", Kind.NOT_FOUND, "No organisation " + tenantId);
    }
}
