package io.admitone.admin.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.session.SignedInUser;
import io.admitone.admin.ui.Problems;

import java.util.List;
import java.util.UUID;

/**
 * The frame of every signed-in screen: the navigation, listing only the screens the user's roles in the current
 * organisation open; the organisation switcher; the user and sign-out; and the organisation's branding colours.
 */
public class AdminLayout extends AppLayout implements AfterNavigationObserver {

    private final AdmitOneApiClient api;
    private final Select<OrganisationSummary> organisations = new Select<>();
    private final SideNav navigation = new SideNav();

    public AdminLayout(AdmitOneApiClient api) {
        this.api = api;
        addClassName("admin-layout");
        setPrimarySection(Section.DRAWER);
        Span brand = new Span("AdmitOne");
        brand.addClassName("admin-brand");
        navigation.setLabel("Screens");
        addToDrawer(brand, navigation);
        addToNavbar(new DrawerToggle(), header());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (organisations.getListDataView().getItemCount() == 0) {
            loadOrganisations();
        }
        navigation.removeAll();
        Screen.openToUser().forEach(screen ->
                navigation.addItem(new SideNavItem(screen.label(), screen.route(), screen.icon().create())));
    }

    /** Gives the page the organisation's colours at once, as after its branding was changed. */
    public static void showBranding(OrganisationSummary organisation) {
        Branding.apply(UI.getCurrent().getElement().getStyle(), organisation);
    }

    private HorizontalLayout header() {
        organisations.setAriaLabel("Organisation");
        organisations.setPlaceholder("No organisation");
        organisations.setItemLabelGenerator(OrganisationSummary::shownName);
        organisations.setId("organisation-switcher");
        organisations.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                AdminSession.workIn(change.getValue().tenantId());
                // Every screen reads again for the organisation now chosen, from the dashboard.
                UI.getCurrent().getPage().setLocation(Screen.DASHBOARD.route());
            }
        });
        Span user = new Span(AdminSession.signedInUser().map(SignedInUser::email).orElse(""));
        user.addClassName("admin-user");
        Button signOut = new Button("Sign out", click -> {
            AdminSession.signOut();
            UI.getCurrent().getPage().setLocation("login");
        });
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout header = new HorizontalLayout(organisations, user, signOut);
        header.addClassName("admin-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(user);
        return header;
    }

    private void loadOrganisations() {
        List<UUID> memberships = AdminSession.signedInUser()
                .map(user -> List.copyOf(user.identity().memberships().keySet())).orElse(List.of());
        try {
            List<OrganisationSummary> found = memberships.stream()
                    .map(id -> api.get(ApiPath.of("/api/v1/orgs/{orgId}", id), OrganisationSummary.class))
                    .toList();
            organisations.setItems(found);
            AdminSession.organisation().flatMap(current -> found.stream()
                    .filter(organisation -> organisation.tenantId().equals(current)).findFirst())
                    .ifPresent(current -> {
                        organisations.setValue(current);
                        Branding.apply(UI.getCurrent().getElement().getStyle(), current);
                    });
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }
}
