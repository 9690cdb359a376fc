package io.admitone.plugins.email;

import io.admitone.plugin.api.OrganisationContext;
import io.admitone.plugin.api.notification.Notification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notification's subject and text: the organisation's templates for its kind ({@code orderConfirmedSubject},
 * {@code orderConfirmedBody}, {@code refundIssuedSubject}, {@code refundIssuedBody}, {@code performanceReminderSubject},
 * {@code performanceReminderBody}), else the built-in ones, with
 * each {@code {{name}}} replaced by the notification's fact of that name (empty when it has none).
 */
record Template(String subject, String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");
    private static final Map<String, Template> BUILT_IN = Map.of(
            "order-confirmed", new Template("Your tickets from {{organisation}}", """
                    Hello {{buyerName}},

                    thank you for your order {{orderId}} of {{total}}. Your tickets:

                    {{tickets}}

                    Show a ticket's code at the door.

                    {{organisation}}"""),
            "refund-issued", new Template("Your refund from {{organisation}}", """
                    Hello {{buyerName}},

                    we refunded {{amount}} on your order {{orderId}}: {{reason}}.

                    {{organisation}}"""),
            "performance-reminder", new Template("Soon: {{event}}", """
                    Hello {{buyerName}},

                    {{event}} starts at {{startsAt}}. Bring the tickets of your order {{orderId}}.

                    {{organisation}}"""));

    static Template of(Notification notification, OrganisationContext organisation) {
        String prefix = camelCase(notification.kind());
        Template builtIn = BUILT_IN.getOrDefault(notification.kind(),
                new Template(notification.subject(), "{{organisation}}"));
        return new Template(
                fill(organisation.setting(prefix + "Subject", builtIn.subject()), notification.data()),
                fill(organisation.setting(prefix + "Body", builtIn.text()), notification.data()));
    }

    private static String fill(String template, Map<String, Object> data) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            Object value = data.get(placeholder.group(1));
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        return placeholder.appendTail(filled).toString();
    }

    /** {@code order-confirmed} as {@code orderConfirmed}. */
    private static String camelCase(String kind) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : kind.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
