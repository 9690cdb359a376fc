package io.admitone.admin.layout;

import com.vaadin.flow.dom.Style;

import java.util.regex.Pattern;

/**
 * Gives the admin the current organisation's colours: the primary colour becomes Lumo's primary colour (buttons,
 * links, focus rings) and the accent colour the navigation bar's accent. Only {@code #rgb} and {@code #rrggbb} are
 * taken, so nothing an organisation stores can inject CSS.
 */
final class Branding {

    private static final Pattern HEX_COLOUR = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");

    private Branding() {
    }

    static void apply(Style style, OrganisationSummary organisation) {
        colour(style, "--lumo-primary-color", organisation == null ? null : organisation.primaryColour());
        colour(style, "--lumo-primary-text-color", organisation == null ? null : organisation.primaryColour());
        colour(style, "--admitone-accent-color", organisation == null ? null : organisation.accentColour());
    }

    private static void colour(Style style, String property, String value) {
        if (value != null && HEX_COLOUR.matcher(value).matches()) {
            style.set(property, value);
        } else {
            style.remove(property);
        }
    }
}
