package io.admitone.admin.events;

import com.vaadin.flow.component.html.Span;

import java.util.Locale;

/** An event's or performance's status as a small coloured label. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(Enum<?> status) {
        String name = status.name().toLowerCase(Locale.ROOT);
        Span badge = new Span(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        badge.addClassNames("catalog-status", "status-" + name);
        return badge;
    }
}
