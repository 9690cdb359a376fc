package io.admitone.command.identity;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;

class AlreadyAMember extends DomainRejection {

    AlreadyAMember(UserId userId, TenantId tenantId) {
        super("already-a-member", Kind.CONFLICT, "User " + userId + " is already a member of organisation "
                + tenantId + " with other roles; change their roles instead");
    }
}
