package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.organisation.TenantId;

/** Sets the capacity of a standing section for one performance; it is spread over the section's slices. */
public record ChangeSectionCapacityCommand(PerformanceId performanceId, TenantId tenantId, String section,
                                           int capacity) {
}
