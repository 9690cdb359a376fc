package io.admitone.kernel.organisation;

public sealed interface OrganisationEvent
        permits OrganisationCreated, OrganisationSettingsChanged, BrandingChanged, OrganisationSuspended,
        OrganisationReactivated, StorefrontOriginsChanged {

    TenantId tenantId();
}
