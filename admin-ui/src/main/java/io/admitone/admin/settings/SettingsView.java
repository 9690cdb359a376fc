package io.admitone.admin.settings;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.Problems;
import io.admitone.kernel.access.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * The organisation's settings, branding and storefront origins, each saved on its own. After a save the screen shows
 * the organisation as the server read it back, and the admin takes on the new colours at once.
 */
@Route(value = "settings", layout = AdminLayout.class)
@PageTitle("Settings and branding · AdmitOne")
@Requires(Operation.ORGANISATION_MANAGE)
@StyleSheet("styles/integrations.css")
public class SettingsView extends Main implements BeforeEnterObserver {

    private final AdmitOneApiClient api;

    public SettingsView(AdmitOneApiClient api) {
        this.api = api;
        addClassName("integrations-screen");
        setId("settings");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<SettingsSection<?>> sections = new ArrayList<>();
        OrganisationChanges changes = new OrganisationChanges(api, AdminSession.requireOrganisation(), organisation -> {
            sections.forEach(section -> section.show(organisation));
            AdminLayout.showBranding(organisation.summary());
        });
        sections.addAll(List.of(new GeneralSettingsSection(changes), new BrandingSection(changes),
                new StorefrontSection(changes)));
        add(new H2("Settings and branding"), new Paragraph("Changes take effect for buyers and staff within moments."));
        sections.forEach(this::add);
        try {
            changes.read();
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }
}
