package io.admitone.kernel.plugin;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** An organisation enabled a plugin with these settings (a JSON object as text, checked against its schema). */
public record PluginEnabled(TenantId tenantId, String pluginId, String settings, Instant enabledAt)
        implements OrganisationPluginEvent {
}
