package io.admitone.kernel.organisation;

import java.time.Instant;

public record OrganisationSuspended(TenantId tenantId, String reason, Instant suspendedAt)
        implements OrganisationEvent {
}
