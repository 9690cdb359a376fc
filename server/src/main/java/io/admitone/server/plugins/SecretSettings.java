package io.admitone.server.plugins;

import io.admitone.kernel.SecretSeal;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The settings a plugin's schema marks {@code "writeOnly": true} (a password, an API key): sealed with the server's
 * sealing key before they go into events, so that the event store, its backups and the audit trail hold only
 * {@code v1.} and ciphertext; answered as null by the API; opened only when an extension is called. A change that
 * leaves such a setting out keeps the one set before, and one that gives the same value again keeps its seal, so
 * that repeating a change records nothing.
 */
@Component
class SecretSettings {

    private final SecretSeal seal;
    private final JsonMapper json;

    SecretSettings(SecretSeal seal, JsonMapper json) {
        this.seal = seal;
        this.json = json;
    }

    /** The given settings with the secrets left out taken from the stored ones, all in the clear, for checking. */
    ObjectNode merged(String schema, ObjectNode given, JsonNode stored) {
        ObjectNode merged = given.deepCopy();
        for (String name : secretNames(schema)) {
            if (!given.hasNonNull(name) && stored != null && stored.hasNonNull(name)) {
                merged.put(name, seal.open(stored.get(name).asString()));
            }
        }
        return merged;
    }

    /** The checked settings as they are stored: each secret sealed, under its earlier seal when it is unchanged. */
    ObjectNode sealed(String schema, ObjectNode settings, JsonNode stored) {
        ObjectNode sealed = settings.deepCopy();
        for (String name : secretNames(schema)) {
            if (settings.hasNonNull(name)) {
                String value = settings.get(name).asString();
                boolean unchanged = stored != null && stored.hasNonNull(name)
                        && value.equals(seal.open(stored.get(name).asString()));
                sealed.put(name, unchanged ? stored.get(name).asString() : seal.seal(value));
            }
        }
        return sealed;
    }

    /** Stored settings as the API shows them: each secret that is set as null. */
    JsonNode shown(String schema, JsonNode stored) {
        ObjectNode shown = (ObjectNode) stored.deepCopy();
        secretNames(schema).stream().filter(stored::has).forEach(shown::putNull);
        return shown;
    }

    /** Stored settings as an extension gets them: each secret opened. */
    ObjectNode opened(String schema, JsonNode stored) {
        ObjectNode opened = (ObjectNode) stored.deepCopy();
        for (String name : secretNames(schema)) {
            if (stored.hasNonNull(name)) {
                opened.put(name, seal.open(stored.get(name).asString()));
            }
        }
        return opened;
    }

    private Set<String> secretNames(String schema) {
        Set<String> names = new LinkedHashSet<>();
        json.readTree(schema).path("properties").properties().forEach(property -> {
            if (property.getValue().path("writeOnly").asBoolean(false)) {
                names.add(property.getKey());
            }
        });
        return names;
    }
}
