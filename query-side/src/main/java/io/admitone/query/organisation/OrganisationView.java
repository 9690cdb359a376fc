package io.admitone.query.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organisation as the read model knows it; {@code status} is {@code ACTIVE} or {@code SUSPENDED}. */
public record OrganisationView(UUID tenantId, String name, String slug, String defaultCurrency, String timeZone,
                               String locale, String displayName, String logoUrl, String primaryColour,
                               String accentColour, String customDomain, String emailSenderName,
                               String emailSenderAddress, List<String> storefrontOrigins,
                               String status, Instant createdAt, Instant updatedAt, long position) {

    static OrganisationView of(UUID tenantId, String name, String slug, String defaultCurrency, String timeZone,
                               String locale, String displayName, String logoUrl, String primaryColour,
                               String accentColour, String customDomain, String emailSenderName,
                               String emailSenderAddress, String[] storefrontOrigins, String status,
                               Instant createdAt, Instant updatedAt, long position) {
        return new OrganisationView(tenantId, name, slug, defaultCurrency, timeZone, locale, displayName, logoUrl,
                primaryColour, accentColour, customDomain, emailSenderName, emailSenderAddress,
                List.of(storefrontOrigins), status, createdAt, updatedAt, position);
    }
}
