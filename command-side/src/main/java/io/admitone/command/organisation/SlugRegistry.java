package io.admitone.command.organisation;

import io.admitone.kernel.organisation.TenantId;

/**
 * Slugs already claimed by organisations. A claim joins the transaction of the command being handled, so a
 * rejected or failed creation leaves its slug free.
 */
interface SlugRegistry {

    /** Claims {@code slug} for {@code tenantId}, or throws {@link SlugTaken} if another organisation has it. */
    void claim(String slug, TenantId tenantId);
}
