package io.admitone.kernel.inventory;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;

/** The seats of one seated section for one performance, all free; the section is kept in its compact form. */
public record SeatedPartitionOpened(PartitionId partitionId, TenantId tenantId, EventId eventId,
                                    PerformanceId performanceId, SectionLayout section, Instant openedAt)
        implements PartitionEvent {
}
