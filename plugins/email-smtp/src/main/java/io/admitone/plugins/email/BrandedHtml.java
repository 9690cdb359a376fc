package io.admitone.plugins.email;

import io.admitone.plugin.api.notification.Notification;

import java.util.regex.Pattern;

/**
 * The HTML part of an e-mail in the organisation's branding: its logo (an {@code https} URL) or its name in a header
 * of its primary colour, and the text below, escaped, a paragraph per blank-line-separated block.
 */
final class BrandedHtml {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?");
    private static final String DEFAULT_COLOUR = "#1f2937";

    private BrandedHtml() {
    }

    static String of(Template template, Notification.Branding branding) {
        String colour = branding.primaryColour() != null && COLOUR.matcher(branding.primaryColour()).matches()
                ? branding.primaryColour() : DEFAULT_COLOUR;
        String name = escape(branding.displayName() == null ? "" : branding.displayName());
        String header = branding.logoUrl() != null && branding.logoUrl().startsWith("https://")
                ? "<img src=\"" + escape(branding.logoUrl()) + "\" alt=\"" + name + "\" height=\"40\">"
                : name;
        StringBuilder html = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif\">")
                .append("<div style=\"background:").append(colour)
                .append(";color:#ffffff;padding:16px;font-size:20px\">").append(header).append("</div>");
        for (String paragraph : template.text().split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(paragraph).replaceAll("\\R", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
