package io.admitone.plugin.api;

import java.util.Map;
import java.util.UUID;

/**
 * The organisation an extension works for at this moment, and the settings the organisation gave the plugin, as JSON
 * values (strings, numbers, booleans, lists and maps) that the server checked against the plugin's settings schema
 * before storing them. An extension is only called for organisations that enabled its plugin.
 */
public record OrganisationContext(UUID organisationId, Map<String, Object> settings) {

    public OrganisationContext {
        settings = Map.copyOf(settings);
    }

    /** A setting as text, or {@code fallback} when the organisation left it out. */
    public String setting(String name, String fallback) {
        Object value = settings.get(name);
        return value == null ? fallback : value.toString();
    }
}
