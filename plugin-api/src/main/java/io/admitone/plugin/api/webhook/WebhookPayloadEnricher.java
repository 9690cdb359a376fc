package io.admitone.plugin.api.webhook;

import io.admitone.plugin.api.OrganisationContext;
import org.pf4j.ExtensionPoint;

import java.util.Map;

/**
 * Adds facts of its own to the webhook messages of the organisations that enabled the plugin (a CRM's customer id,
 * say). The server puts what it returns under {@code extensions.<plugin id>} in the message's {@code data}, so that
 * it never overwrites what AdmitOne sends; an empty map adds nothing. It must be quick and must not fail: a failure is
 * logged and the message goes out without the plugin's part.
 *
 * <pre>{@code
 * @Extension
 * public class CrmIds implements WebhookPayloadEnricher {
 *     public Map<String, Object> enrich(String type, Map<String, Object> data, OrganisationContext organisation) {
 *         return type.startsWith("order.") ? Map.of("crmAccount", organisation.setting("account", "")) : Map.of();
 *     }
 * }
 * }</pre>
 */
public interface WebhookPayloadEnricher extends ExtensionPoint {

    /** {@code type} is the message type ({@code order.confirmed}...), {@code data} its data as JSON values. */
    Map<String, Object> enrich(String type, Map<String, Object> data, OrganisationContext organisation);
}
