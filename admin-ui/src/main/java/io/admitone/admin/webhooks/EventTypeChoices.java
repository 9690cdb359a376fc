package io.admitone.admin.webhooks;

import io.admitone.kernel.webhook.WebhookEventTypes;

import java.util.ArrayList;
import java.util.List;

/** The patterns a subscription may choose from the event catalogue: everything, a family, or one type. */
final class EventTypeChoices {

    static final int MAX_PATTERNS = 50;

    private EventTypeChoices() {
    }

    static List<String> all() {
        List<String> choices = new ArrayList<>();
        choices.add("*");
        WebhookEventTypes.families().forEach(family -> choices.add(family + ".*"));
        choices.addAll(WebhookEventTypes.ALL);
        return List.copyOf(choices);
    }

    static String describe(String pattern) {
        if (pattern.equals("*")) {
            return "* (every event type, also those added later)";
        }
        return pattern.endsWith(".*") ? pattern + " (every " + pattern.substring(0, pattern.length() - 2) + " event)"
                : pattern;
    }
}
