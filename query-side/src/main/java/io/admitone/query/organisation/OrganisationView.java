package io.admitone.query.organisation;

import java.time.Instant;
import java.util.UUID;

/** An organisation as the read model knows it; {@code status} is {@code ACTIVE} or {@code SUSPENDED}. */
public record OrganisationView(UUID tenantId, String name, String slug, String defaultCurrency, String timeZone,
                               String locale, String displayName, String logoUrl, String primaryColour,
                               String accentColour, String customDomain, String status, Instant createdAt,
                               Instant updatedAt, long position) {
}
