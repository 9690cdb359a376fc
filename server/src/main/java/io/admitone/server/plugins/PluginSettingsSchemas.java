package io.admitone.server.plugins;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.admitone.kernel.DomainRejection;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The JSON Schemas (draft 2020-12) that plugins give for their organisation settings: a plugin's schema must itself
 * be valid and describe an object, and an organisation's settings must satisfy it before they are stored.
 */
@Component
class PluginSettingsSchemas {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Schema metaSchema = registry.getSchema(
            SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    private final JsonMapper json;

    PluginSettingsSchemas(JsonMapper json) {
        this.json = json;
    }

    /** The schema as compact JSON, or a refusal saying what is wrong with it. */
    String checked(String pluginId, String schema) {
        JsonNode node;
        try {
            node = json.readTree(schema);
        } catch (JacksonException notJson) {
            throw PluginRefused.invalid("Plugin " + pluginId + "'s " + PluginJar.SETTINGS_SCHEMA + " is no JSON: "
                    + notJson.getOriginalMessage());
        }
        List<Error> errors = metaSchema.validate(node);
        if (!errors.isEmpty() || !"object".equals(node.path("type").asString(""))) {
            throw PluginRefused.invalid("Plugin " + pluginId + "'s " + PluginJar.SETTINGS_SCHEMA
                    + " must be a JSON Schema of an object" + (errors.isEmpty() ? "" : ": " + describe(errors)));
        }
        return json.writeValueAsString(node);
    }

    /** Refuses settings that do not satisfy the schema, naming each problem and the setting it is about. */
    void check(String pluginId, String schema, JsonNode settings) {
        List<Error> errors = registry.getSchema(schema, InputFormat.JSON).validate(settings);
        if (!errors.isEmpty()) {
            throw new InvalidSettings(pluginId, describe(errors), errors.stream()
                    .map(error -> new DomainRejection.FieldError(field(error), error.getMessage())).toList());
        }
    }

    /** {@code settings}, or {@code settings.<name>} for the setting an error is about. */
    private static String field(Error error) {
        String location = error.getInstanceLocation().toString().replaceFirst("^[$/]", "").replace('/', '.');
        String setting = "required".equals(error.getKeyword()) && error.getProperty() != null
                ? (location.isEmpty() ? "" : location + ".") + error.getProperty() : location;
        return setting.isEmpty() ? "settings" : "settings." + setting.replaceFirst("^\\.", "");
    }

    private static String describe(List<Error> errors) {
        return String.join("; ", errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .toList());
    }

    static final class InvalidSettings extends DomainRejection {

        private final transient List<FieldError> fields;

        InvalidSettings(String pluginId, String problems, List<FieldError> fields) {
            super("invalid-plugin-settings", Kind.UNPROCESSABLE, "The settings do not fit plugin " + pluginId
                    + "'s schema: " + problems);
            this.fields = List.copyOf(fields);
        }

        @Override
        public List<FieldError> fieldErrors() {
            return fields;
        }
    }
}
