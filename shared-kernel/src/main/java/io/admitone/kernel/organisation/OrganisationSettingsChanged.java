package io.admitone.kernel.organisation;

import java.time.Instant;

/** Carries all settings, not only the changed ones, so consumers never need earlier events. */
public record OrganisationSettingsChanged(TenantId tenantId, String defaultCurrency, String timeZone, String locale,
                                          Instant changedAt) implements OrganisationEvent {
}
