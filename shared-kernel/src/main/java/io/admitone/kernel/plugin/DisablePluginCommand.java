package io.admitone.kernel.plugin;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Disables a plugin for an organisation; disabling one that is not enabled changes nothing. */
public record DisablePluginCommand(TenantId tenantId, String pluginId) {

    @TargetAggregateIdentifier
    public OrganisationPluginId organisationPluginId() {
        return new OrganisationPluginId(tenantId, pluginId);
    }
}
