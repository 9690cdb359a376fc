package io.admitone.kernel.plugin;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Enables a plugin for an organisation with these settings, or gives the enabled plugin these settings; the same
 * settings again change nothing. The settings were checked against the plugin's schema before the command was sent.
 */
public record EnablePluginCommand(TenantId tenantId, String pluginId, String settings) {

    @TargetAggregateIdentifier
    public OrganisationPluginId organisationPluginId() {
        return new OrganisationPluginId(tenantId, pluginId);
    }
}
