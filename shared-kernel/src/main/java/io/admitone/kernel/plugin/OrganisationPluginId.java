package io.admitone.kernel.plugin;

import io.admitone.kernel.organisation.TenantId;

import java.util.Objects;

/** One plugin's use by one organisation. */
public record OrganisationPluginId(TenantId tenantId, String pluginId) {

    public OrganisationPluginId {
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(pluginId, "plugin id");
    }

    /** The organisation and the plugin, as the event store keys the events of its use. */
    @Override
    public String toString() {
        return tenantId + ":" + pluginId;
    }
}
