package io.admitone.server.plugins;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.plugin.api.webhook.WebhookPayloadEnricher;
import io.admitone.projections.webhook.catalogue.WebhookEnrichments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The webhook payload enrichers of the plugins an organisation enabled, as the catalogue's enrichments: what each
 * adds goes under its plugin's id. An enricher that fails is logged and left out; the message goes out without it.
 */
@Component
class PluginWebhookEnrichments implements WebhookEnrichments {

    private static final Logger LOG = LoggerFactory.getLogger(PluginWebhookEnrichments.class);

    private final EnabledPlugins enabled;

    PluginWebhookEnrichments(EnabledPlugins enabled) {
        this.enabled = enabled;
    }

    @Override
    public Map<String, Map<String, Object>> of(TenantId tenant, String type, Map<String, Object> data) {
        Map<String, Map<String, Object>> extensions = new LinkedHashMap<>();
        enabled.extensions(tenant, WebhookPayloadEnricher.class).forEach(contributed -> {
            try {
                Map<String, Object> added = contributed.extension().enrich(type, Collections.unmodifiableMap(data),
                        contributed.organisation());
                if (added != null && !added.isEmpty()) {
                    extensions.computeIfAbsent(contributed.pluginId(), id -> new LinkedHashMap<>()).putAll(added);
                }
            } catch (RuntimeException failed) {
                LOG.warn("Webhook enricher of plugin {} failed on a {} message: {}", contributed.pluginId(), type,
                        failed.toString());
            }
        });
        return extensions;
    }
}
