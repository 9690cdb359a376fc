package io.admitone.plugin.api.widget;

import io.admitone.plugin.api.OrganisationContext;
import org.pf4j.ExtensionPoint;

/**
 * A widget for the admin dashboard. The server asks it for its {@link WidgetContent} when a member of an organisation
 * that enabled the plugin opens the dashboard, and the admin draws it like a built-in widget: a headline figure and
 * labelled lines, so that a plugin needs no front-end code.
 *
 * <pre>{@code
 * @Extension
 * public class WeatherAtTheVenue implements DashboardWidget {
 *     public String id() { return "weather"; }
 *     public String title() { return "Weather at the venue"; }
 *     public WidgetContent content(OrganisationContext organisation) {
 *         return new WidgetContent("18 °C", List.of(new WidgetContent.Line("Tonight", "dry")));
 *     }
 * }
 * }</pre>
 */
public interface DashboardWidget extends ExtensionPoint {

    /** 1 to 64 of {@code a-z 0-9 -}; the admin knows the widget by the plugin's id and this one. */
    String id();

    String title();

    WidgetContent content(OrganisationContext organisation);
}
