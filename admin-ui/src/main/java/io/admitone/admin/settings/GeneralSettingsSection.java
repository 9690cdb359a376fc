package io.admitone.admin.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;

/** The currency, time zone and locale an organisation's events, prices and reports default to. */
class GeneralSettingsSection extends SettingsSection<OrganisationSettings> {

    private final ComboBox<String> currency = new ComboBox<>("Default currency");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final TextField locale = new TextField("Locale");

    GeneralSettingsSection(OrganisationChanges changes) {
        super("Organisation settings", "settings", OrganisationSettings.class, changes);
        currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        currency.setId("settings-currency");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setId("settings-time-zone");
        locale.setHelperText("A language tag such as en-GB or de-DE");
        locale.setId("settings-locale");
        binder.forField(currency).asRequired("Choose the currency prices are in").bind("defaultCurrency");
        binder.forField(timeZone).asRequired("Choose the time zone the organisation works in").bind("timeZone");
        binder.forField(locale).asRequired("Enter a language tag such as en-GB")
                .withValidator(SettingsRules::isLanguageTag, "Enter a language tag such as en-GB")
                .bind("locale");
        fields.add(currency, timeZone, locale);
    }

    @Override
    protected OrganisationSettings partOf(Organisation organisation) {
        return organisation.settings();
    }

    @Override
    protected Map<String, HasValidation> inputsByApiName() {
        return Map.of("defaultCurrency", currency, "timeZone", timeZone, "locale", locale);
    }
}
