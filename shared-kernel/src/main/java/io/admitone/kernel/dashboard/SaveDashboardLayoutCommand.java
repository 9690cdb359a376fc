package io.admitone.kernel.dashboard;

import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Saves a staff member's whole layout in an organisation, in place of the one saved before; empty is a layout too. */
public record SaveDashboardLayoutCommand(TenantId tenantId, UserId userId, List<DashboardWidget> widgets) {

    public SaveDashboardLayoutCommand {
        widgets = List.copyOf(widgets);
    }

    @TargetAggregateIdentifier
    public DashboardLayoutId layoutId() {
        return new DashboardLayoutId(tenantId, userId);
    }
}
