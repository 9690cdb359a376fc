package io.admitone.kernel.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Replaces the web origins (such as {@code https://tickets.example.com}) of the organisation's storefronts. */
public record ChangeStorefrontOriginsCommand(@TargetAggregateIdentifier TenantId tenantId, List<String> origins) {

    public ChangeStorefrontOriginsCommand {
        origins = origins == null ? List.of() : List.copyOf(origins);
    }
}
