package io.admitone.kernel.plugin;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** An organisation gave a plugin it has enabled other settings, which replace the earlier ones. */
public record PluginReconfigured(TenantId tenantId, String pluginId, String settings, Instant reconfiguredAt)
        implements OrganisationPluginEvent {
}
