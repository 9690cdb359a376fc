package io.admitone.admin.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Map;

/**
 * The name, logo, colours and domain buyers see on the storefront, whose colours the admin takes on, and the
 * sender of the organisation's e-mails.
 */
class BrandingSection extends SettingsSection<BrandingSettings> {

    private final TextField displayName = new TextField("Display name");
    private final TextField logoUrl = new TextField("Logo URL");
    private final ColourField primaryColour = new ColourField("Primary colour");
    private final ColourField accentColour = new ColourField("Accent colour");
    private final TextField customDomain = new TextField("Custom domain");
    private final TextField emailSenderName = new TextField("E-mail sender name");
    private final TextField emailSenderAddress = new TextField("E-mail sender address");

    BrandingSection(OrganisationChanges changes) {
        super("Branding", "branding", BrandingSettings.class, changes);
        displayName.setMaxLength(SettingsRules.MAX_NAME_LENGTH);
        displayName.setId("branding-display-name");
        logoUrl.setPlaceholder("https://");
        logoUrl.setId("branding-logo-url");
        primaryColour.setId("branding-primary-colour");
        accentColour.setId("branding-accent-colour");
        customDomain.setPlaceholder("tickets.example.com");
        customDomain.setId("branding-custom-domain");
        emailSenderName.setMaxLength(SettingsRules.MAX_NAME_LENGTH);
        emailSenderName.setId("branding-email-sender-name");
        emailSenderAddress.setPlaceholder("tickets@example.com");
        emailSenderAddress.setId("branding-email-sender-address");
        binder.forField(displayName).asRequired("Enter the name buyers see").bind("displayName");
        binder.forField(logoUrl).withNullRepresentation("")
                .withValidator(SettingsRules::isHttpsUrl, "Enter an absolute https URL").bind("logoUrl");
        binder.forField(primaryColour).withNullRepresentation("")
                .withValidator(SettingsRules::isColour, "Enter a colour written #rrggbb").bind("primaryColour");
        binder.forField(accentColour).withNullRepresentation("")
                .withValidator(SettingsRules::isColour, "Enter a colour written #rrggbb").bind("accentColour");
        binder.forField(customDomain).withNullRepresentation("")
                .withValidator(SettingsRules::isHostName, "Enter a host name such as tickets.example.com")
                .bind("customDomain");
        binder.forField(emailSenderName).withNullRepresentation("").bind("emailSenderName");
        binder.forField(emailSenderAddress).withNullRepresentation("")
                .withValidator(SettingsRules::isEmailAddress, "Enter an e-mail address such as tickets@example.com")
                .bind("emailSenderAddress");
        fields.add(displayName, logoUrl, primaryColour, accentColour, customDomain, emailSenderName,
                emailSenderAddress, new LogoUpload(changes));
    }

    @Override
    protected BrandingSettings partOf(Organisation organisation) {
        return organisation.branding();
    }

    @Override
    protected Map<String, HasValidation> inputsByApiName() {
        return Map.of("displayName", displayName, "logoUrl", logoUrl, "primaryColour", primaryColour,
                "accentColour", accentColour, "customDomain", customDomain, "emailSenderName", emailSenderName,
                "emailSenderAddress", emailSenderAddress);
    }
}
