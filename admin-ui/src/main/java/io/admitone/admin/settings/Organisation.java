package io.admitone.admin.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.admin.layout.OrganisationSummary;

import java.util.List;
import java.util.UUID;

/** An organisation as {@code GET /api/v1/orgs/{orgId}} answers it, split into the parts the screen edits. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organisation(UUID tenantId, String name, String defaultCurrency, String timeZone, String locale,
                           String displayName, String logoUrl, String primaryColour, String accentColour,
                           String customDomain, String emailSenderName, String emailSenderAddress,
                           List<String> storefrontOrigins) {

    public Organisation {
        storefrontOrigins = storefrontOrigins == null ? List.of() : List.copyOf(storefrontOrigins);
    }

    OrganisationSettings settings() {
        return new OrganisationSettings(defaultCurrency, timeZone, locale);
    }

    BrandingSettings branding() {
        return new BrandingSettings(displayName != null ? displayName : name, logoUrl, primaryColour, accentColour,
                customDomain, emailSenderName, emailSenderAddress);
    }

    StorefrontOrigins storefront() {
        return new StorefrontOrigins(storefrontOrigins);
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(tenantId, name, displayName, primaryColour, accentColour, logoUrl);
    }
}
