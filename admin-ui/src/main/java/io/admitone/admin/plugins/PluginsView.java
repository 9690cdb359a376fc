package io.admitone.admin.plugins;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.Problems;
import io.admitone.kernel.access.Operation;
import org.springframework.http.HttpMethod;

import java.util.UUID;

/**
 * The plugins the platform runs, for the organisation's owners and admins: what each does and asks to take part in,
 * whether the organisation uses it, and enabling it with settings, changing them, or disabling it.
 */
@Route(value = "plugins", layout = AdminLayout.class)
@PageTitle("Plugins · AdmitOne")
@Requires(Operation.PLUGINS_MANAGE)
public class PluginsView extends Main {

    static final String PLUGINS = "/api/v1/orgs/{orgId}/plugins";

    private final AdmitOneApiClient api;
    private final UUID organisation = AdminSession.requireOrganisation();
    private final Grid<OrganisationPlugin> plugins = new Grid<>(OrganisationPlugin.class, false);

    public PluginsView(AdmitOneApiClient api) {
        this.api = api;
        configureGrid();
        add(new H2("Plugins"), new Paragraph("Plugins add ways to pay and more. The platform's admins install "
                + "them; you choose which this organisation uses, and with which settings."), plugins);
        reload();
    }

    private void configureGrid() {
        plugins.setId("plugins-grid");
        plugins.addColumn(choice -> choice.plugin().id()).setHeader("Plugin").setKey("plugin");
        plugins.addColumn(choice -> choice.plugin().description()).setHeader("What it does").setFlexGrow(3);
        plugins.addColumn(choice -> choice.plugin().version()).setHeader("Version");
        plugins.addColumn(choice -> String.join(", ", choice.plugin().permissions())).setHeader("Takes part in");
        plugins.addColumn(choice -> choice.enabled() ? "Enabled" : "Off").setHeader("Status").setKey("status");
        plugins.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setAutoWidth(true);
    }

    private Div actions(OrganisationPlugin choice) {
        Button configure = new Button(choice.enabled() ? "Settings…" : "Enable…",
                click -> new PluginSettingsDialog(api, organisation, choice, this::saved).open());
        configure.addThemeVariants(ButtonVariant.SMALL);
        configure.getElement().setAttribute("aria-label",
                (choice.enabled() ? "Settings of " : "Enable ") + choice.plugin().id());
        Button disable = new Button("Disable", click -> confirmDisabling(choice));
        disable.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
        disable.getElement().setAttribute("aria-label", "Disable " + choice.plugin().id());
        disable.setVisible(choice.enabled());
        return new Div(configure, disable);
    }

    private void confirmDisabling(OrganisationPlugin choice) {
        ConfirmDialog confirm = new ConfirmDialog("Disable " + choice.plugin().id() + "?",
                "The organisation stops using it; its settings are kept for when you enable it again.", "Disable",
                yes -> disable(choice));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void disable(OrganisationPlugin choice) {
        try {
            api.send(HttpMethod.DELETE, ApiPath.of(PLUGINS + "/{pluginId}", organisation, choice.plugin().id()), null);
            Notification.show(choice.plugin().id() + " is disabled.");
            reload();
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void saved(OrganisationPlugin choice) {
        Notification.show(choice.plugin().id() + " is enabled with these settings.");
        reload();
    }

    private void reload() {
        try {
            plugins.setItems(api.get(ApiPath.of(PLUGINS, organisation), OrganisationPlugin.All.class).plugins());
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }
}
