package io.admitone.command.organisation;

import io.admitone.kernel.organisation.TenantId;

/**
 * Custom domains already claimed by organisations, one at most each, so that a storefront's host names exactly
 * one organisation. A claim joins the transaction of the command being handled, so a rejected or failed change
 * leaves the domains as they were.
 */
interface DomainRegistry {

    /**
     * Gives {@code tenantId} the domain {@code domain} in place of the one it had, or none for a null
     * {@code domain}; throws {@link CustomDomainTaken} if another organisation has it.
     */
    void claim(String domain, TenantId tenantId);
}
