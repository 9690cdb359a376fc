package io.admitone.kernel.plugin;

import io.admitone.kernel.organisation.TenantId;

/** An event of one organisation's use of a plugin. */
public sealed interface OrganisationPluginEvent permits PluginEnabled, PluginReconfigured, PluginDisabled {

    TenantId tenantId();

    String pluginId();

    default OrganisationPluginId organisationPluginId() {
        return new OrganisationPluginId(tenantId(), pluginId());
    }
}
