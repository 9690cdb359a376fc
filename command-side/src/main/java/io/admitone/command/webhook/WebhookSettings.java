package io.admitone.command.webhook;

import io.admitone.kernel.webhook.ChangeWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.WebhookEventTypes;

import java.util.LinkedHashSet;
import java.util.List;

/** What staff choose for a subscription, valid: the answer to creating or changing one, too. */
record WebhookSettings(String url, List<String> eventTypes, String description, boolean enabled) {

    static final int MAX_EVENT_TYPES = 50;
    static final int MAX_DESCRIPTION_LENGTH = 500;

    WebhookSettings {
        eventTypes = List.copyOf(eventTypes);
    }

    static WebhookSettings validated(String url, List<String> eventTypes, String description, boolean enabled,
                                     WebhookTargetPolicy targets) {
        return new WebhookSettings(validUrl(url, targets), validEventTypes(eventTypes), validDescription(description),
                enabled);
    }

    /** Only what the change gives is checked: a url kept as it is stays, even if its host resolves elsewhere now. */
    WebhookSettings changedBy(ChangeWebhookSubscriptionCommand change, WebhookTargetPolicy targets) {
        return new WebhookSettings(
                change.url() == null ? url : validUrl(change.url(), targets),
                change.eventTypes() == null ? eventTypes : validEventTypes(change.eventTypes()),
                change.description() == null ? description : validDescription(change.description()),
                change.enabled() == null ? enabled : change.enabled());
    }

    private static String validUrl(String url, WebhookTargetPolicy targets) {
        targets.refusal(url).ifPresent(refusal -> {
            throw new InvalidWebhookSubscription(refusal);
        });
        return url;
    }

    /** A pattern given twice is kept once, where it first came, so that lists read as staff wrote them. */
    private static List<String> validEventTypes(List<String> patterns) {
        if (patterns.isEmpty() || patterns.size() > MAX_EVENT_TYPES) {
            throw new InvalidWebhookSubscription("eventTypes must name 1 to " + MAX_EVENT_TYPES + " event types");
        }
        patterns.forEach(pattern -> WebhookEventTypes.problemWith(pattern).ifPresent(problem -> {
            throw new InvalidWebhookSubscription(problem);
        }));
        return List.copyOf(new LinkedHashSet<>(patterns));
    }

    private static String validDescription(String description) {
        if (description == null) {
            return "";
        }
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidWebhookSubscription("description must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return description;
    }
}
