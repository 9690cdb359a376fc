package io.admitone.kernel.organisation;

import java.time.Instant;
import java.util.List;

/** All storefront origins after the change, canonical ({@code scheme://host[:port]}) and sorted. */
public record StorefrontOriginsChanged(TenantId tenantId, List<String> origins, Instant changedAt)
        implements OrganisationEvent {

    public StorefrontOriginsChanged {
        origins = List.copyOf(origins);
    }
}
