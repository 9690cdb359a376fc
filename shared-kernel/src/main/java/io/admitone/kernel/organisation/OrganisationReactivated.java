package io.admitone.kernel.organisation;

import java.time.Instant;

public record OrganisationReactivated(TenantId tenantId, Instant reactivatedAt) implements OrganisationEvent {
}
