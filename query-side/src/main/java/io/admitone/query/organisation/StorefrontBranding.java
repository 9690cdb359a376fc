package io.admitone.query.organisation;

import java.util.UUID;

/**
 * What a storefront needs to look like its organisation and to call the API for it ({@code id} is the
 * {@code orgId} of the storefront paths). The e-mail sender's address is left out: buyers see it in the e-mails.
 */
public record StorefrontBranding(UUID id, String slug, String displayName, String logoUrl, String primaryColour,
                                 String accentColour, String customDomain, String emailSenderName) {

    static StorefrontBranding of(OrganisationView organisation) {
        return new StorefrontBranding(organisation.tenantId(), organisation.slug(), organisation.displayName(),
                organisation.logoUrl(), organisation.primaryColour(), organisation.accentColour(),
                organisation.customDomain(), organisation.emailSenderName());
    }
}
