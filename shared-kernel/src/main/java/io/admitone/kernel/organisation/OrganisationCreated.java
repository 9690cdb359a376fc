package io.admitone.kernel.organisation;

import java.time.Instant;

/** A new organisation; its display name starts as its name, with no other branding. */
public record OrganisationCreated(TenantId tenantId, String name, String slug, String defaultCurrency,
                                  String timeZone, String locale, Instant createdAt) implements OrganisationEvent {
}
