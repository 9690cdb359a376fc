package io.admitone.kernel.plugin;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** An organisation stopped using a plugin; its settings are kept for when it enables the plugin again. */
public record PluginDisabled(TenantId tenantId, String pluginId, Instant disabledAt)
        implements OrganisationPluginEvent {
}
