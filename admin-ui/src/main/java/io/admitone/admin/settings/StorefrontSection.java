package io.admitone.admin.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.converter.Converter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The origins of the organisation's storefronts, one a line, from which browsers may call the API. */
class StorefrontSection extends SettingsSection<StorefrontOrigins> {

    private final TextArea origins = new TextArea("Storefront origins");

    StorefrontSection(OrganisationChanges changes) {
        super("Storefront", "storefront", StorefrontOrigins.class, changes);
        origins.setHelperText("One a line, such as https://tickets.example.com (no path; http only for localhost)");
        origins.setId("storefront-origins");
        binder.forField(origins)
                .withConverter(Converter.from(StorefrontSection::lines, list -> String.join("\n", list)))
                .withValidator((list, context) -> valid(list))
                .bind("origins");
        fields.add(origins);
        fields.setColspan(origins, 2);
    }

    private static Result<List<String>> lines(String text) {
        return Result.ok(Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList());
    }

    private static ValidationResult valid(List<String> list) {
        if (list.size() > SettingsRules.MAX_ORIGINS) {
            return ValidationResult.error("Enter at most " + SettingsRules.MAX_ORIGINS + " origins");
        }
        return list.stream().filter(origin -> !SettingsRules.isOrigin(origin)).findFirst()
                .map(origin -> ValidationResult.error(origin + " is no origin such as https://tickets.example.com"))
                .orElse(ValidationResult.ok());
    }

    @Override
    protected StorefrontOrigins partOf(Organisation organisation) {
        return organisation.storefront();
    }

    @Override
    protected Map<String, HasValidation> inputsByApiName() {
        return Map.of("origins", origins);
    }
}
