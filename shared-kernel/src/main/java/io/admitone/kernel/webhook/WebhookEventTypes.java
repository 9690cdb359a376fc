package io.admitone.kernel.webhook;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The public, dotted types of the events integrators may receive ({@code order.confirmed}), and the patterns a
 * subscription chooses them by: a type, a family ({@code order.*}) or everything ({@code *}). A type once published
 * here keeps its name and meaning; a new shape of its data comes as a new envelope version.
 */
public final class WebhookEventTypes {

    public static final List<String> ALL = List.of(
            "event.created", "event.updated", "event.published", "event.cancelled",
            "performance.scheduled", "performance.rescheduled", "performance.postponed", "performance.cancelled",
            "ticket_type.added", "ticket_type.changed",
            "venue.created", "venue.updated",
            "hold.placed", "hold.released", "hold.expired", "hold.converted",
            "order.placed", "order.confirmed", "order.payment_failed", "order.refunded", "order.cancelled",
            "order.expired",
            "ticket.checked_in");

    private static final String EVERYTHING = "*";
    private static final String FAMILY_WILDCARD = ".*";

    private WebhookEventTypes() {
    }

    /** Why a pattern chooses nothing, if it does not: unknown types and families are refused, not kept silently. */
    public static Optional<String> problemWith(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return Optional.of("an event type must not be blank");
        }
        if (pattern.equals(EVERYTHING) || ALL.contains(pattern)) {
            return Optional.empty();
        }
        if (pattern.endsWith(FAMILY_WILDCARD) && families().contains(family(pattern))) {
            return Optional.empty();
        }
        return Optional.of("unknown event type " + pattern + "; the types are " + String.join(", ", ALL)
                + ", each family with .* (order.*) and * for all");
    }

    /** Whether a subscription choosing these patterns receives events of {@code type}. */
    public static boolean matches(List<String> patterns, String type) {
        return patterns.stream().anyMatch(pattern -> pattern.equals(EVERYTHING) || pattern.equals(type)
                || pattern.endsWith(FAMILY_WILDCARD) && family(pattern).equals(family(type)));
    }

    public static SortedSet<String> families() {
        SortedSet<String> families = new TreeSet<>();
        ALL.forEach(type -> families.add(family(type)));
        return families;
    }

    private static String family(String typeOrPattern) {
        return typeOrPattern.substring(0, typeOrPattern.indexOf('.'));
    }
}
