package io.admitone.admin.dashboard;

import io.admitone.kernel.dashboard.DashboardLayoutRules;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every widget the application knows: the {@link DashboardWidget} beans, built-in or contributed by a plugin of the
 * admin, in their {@code @Order}, then the widgets of the server's plugins the current organisation enabled.
 */
@Component
public class WidgetRegistry {

    private static final Pattern TYPE = Pattern.compile(DashboardLayoutRules.TYPE_PATTERN);

    private final List<DashboardWidget> widgets;
    private final PluginWidgets pluginWidgets;

    public WidgetRegistry(List<DashboardWidget> widgets, PluginWidgets pluginWidgets) {
        widgets.stream().filter(widget -> !TYPE.matcher(widget.type()).matches()).findFirst().ifPresent(widget -> {
            throw new IllegalArgumentException("Widget type '" + widget.type() + "' does not match "
                    + DashboardLayoutRules.TYPE_PATTERN);
        });
        this.widgets = List.copyOf(widgets);
        this.pluginWidgets = pluginWidgets;
    }

    /** The widgets the signed-in user may have on their board. */
    public List<DashboardWidget> offeredToSignedInUser() {
        return Stream.concat(widgets.stream().filter(widget -> widget.audience().admitsSignedInUser()),
                pluginWidgets.ofCurrentOrganisation().stream()).toList();
    }

    /** The widget of a type, if the application knows it and the signed-in user may have it. */
    public Optional<DashboardWidget> offeredToSignedInUser(String type) {
        return offeredToSignedInUser().stream().filter(widget -> widget.type().equals(type)).findFirst();
    }
}
