package io.admitone.kernel.catalog.event;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Replaces the event's descriptive details; its venue stays. */
public record ChangeEventDetailsCommand(@TargetAggregateIdentifier EventId eventId, TenantId tenantId, String title,
                                        String description, String category, List<String> tags, String imageUrl) {

    public ChangeEventDetailsCommand {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
