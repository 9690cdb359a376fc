package io.admitone.projections.webhook.catalogue;

import io.admitone.kernel.organisation.TenantId;

import java.util.Map;

/**
 * Facts from outside the core (plugins) added to an organisation's webhook messages: for a message's type and data
 * (JSON values), what each contributor adds, by its name; the catalogue puts them under {@code data.extensions}, so
 * that they never overwrite what AdmitOne sends. Empty when nothing is added.
 */
@FunctionalInterface
public interface WebhookEnrichments {

    /** For an installation without plugins. */
    WebhookEnrichments NONE = (tenant, type, data) -> Map.of();

    Map<String, Map<String, Object>> of(TenantId tenant, String type, Map<String, Object> data);
}
