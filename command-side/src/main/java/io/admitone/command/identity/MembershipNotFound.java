package io.admitone.command.identity;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;

class MembershipNotFound extends DomainRejection {

    MembershipNotFound(UserId userId, TenantId tenantId) {
        super("membership-not-found", Kind.NOT_FOUND, "User " + userId + " is not a member of organisation " + tenantId);
    }
}
