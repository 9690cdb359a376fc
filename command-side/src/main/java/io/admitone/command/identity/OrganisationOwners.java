package io.admitone.command.identity;

import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;

import java.util.Set;

/**
 * Who owns which organisation, kept beside the owners' events because the rule that an organisation keeps an owner
 * spans several users' aggregates. Every call joins the transaction of the command being handled, so a rejected or
 * failed command changes nothing here.
 */
interface OrganisationOwners {

    /** The organisation's owners, locked against every other change until the command's transaction ends. */
    Set<UserId> lockOwners(TenantId tenantId);

    void add(TenantId tenantId, UserId owner);

    void remove(TenantId tenantId, UserId owner);

    /** A disabled user is no owner anywhere any more. */
    void removeEverywhere(UserId owner);
}
