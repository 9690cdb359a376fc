package io.admitone.admin.dashboard;

import com.vaadin.flow.component.Component;

/**
 * A kind of widget the dashboard offers. Every Spring bean of this interface is offered to the users its
 * {@link #audience()} admits, so a plugin adds a widget by contributing a bean; beans are offered, and laid out by
 * default, in their {@code @Order}.
 */
public interface DashboardWidget {

    /** The id a saved layout knows the widget by: 1 to 64 of {@code a-z 0-9 -}, such as {@code sales-today}. */
    String type();

    /** The heading of the widget on the board and its name in the list of widgets to add. */
    String title();

    WidgetSize defaultSize();

    WidgetAudience audience();

    /**
     * The widget's content for the signed-in user, made in the UI thread when the widget is shown. It may throw
     * {@link io.admitone.admin.api.AdmitOneApiException}; the board then shows the failure in the widget's place.
     */
    Component create();
}
