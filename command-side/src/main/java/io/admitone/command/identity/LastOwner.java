package io.admitone.command.identity;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;

class LastOwner extends DomainRejection {

    LastOwner(UserId userId, TenantId tenantId) {
        super("last-owner", Kind.CONFLICT, "User " + userId + " is the last owner of organisation " + tenantId
                + "; make another member an owner first");
    }
}
