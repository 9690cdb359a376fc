package io.admitone.admin.layout;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.admitone.admin.session.AdminSession;
import io.admitone.kernel.access.Operation;

import java.util.List;

/**
 * The admin's screens in the order the navigation lists them, each with the route it opens and what the user must
 * be allowed to see it (none: every signed-in user). The views carry the same requirement in {@link Requires}; a
 * test holds the two together.
 */
public enum Screen {
    DASHBOARD("Dashboard", "dashboard", VaadinIcon.DASHBOARD, null, false),
    VENUES("Venues", "venues", VaadinIcon.BUILDING, Operation.CATALOG_READ, false),
    EVENTS("Events", "events", VaadinIcon.CALENDAR, Operation.CATALOG_READ, false),
    ORDERS("Orders", "orders", VaadinIcon.CART, Operation.ORDERS_READ, false),
    CHECK_IN("Check-in", "check-in", VaadinIcon.QRCODE, Operation.CHECK_IN, false),
    REPORTS("Finance reports", "reports", VaadinIcon.CHART, Operation.FINANCE_READ, false),
    AUDIT("Audit trail", "audit", VaadinIcon.RECORDS, Operation.FINANCE_READ, false),
    WEBHOOKS("Webhooks", "webhooks", VaadinIcon.CONNECT, Operation.WEBHOOKS_MANAGE, false),
    API_KEYS("API keys", "api-keys", VaadinIcon.KEY, Operation.API_KEYS_MANAGE, false),
    MEMBERS("Members", "members", VaadinIcon.USERS, Operation.MEMBERS_READ, false),
    SETTINGS("Settings and branding", "settings", VaadinIcon.COG, Operation.ORGANISATION_MANAGE, false),
    PLUGINS("Plugins", "plugins", VaadinIcon.PLUG, Operation.PLUGINS_MANAGE, false),
    ORGANISATIONS("Organisations", "organisations", VaadinIcon.OFFICE, null, true),
    PROJECTIONS("Projections", "projections", VaadinIcon.SERVER, null, true);

    private final String label;
    private final String route;
    private final VaadinIcon icon;
    private final Operation operation;
    private final boolean platformAdmin;

    Screen(String label, String route, VaadinIcon icon, Operation operation, boolean platformAdmin) {
        this.label = label;
        this.route = route;
        this.icon = icon;
        this.operation = operation;
        this.platformAdmin = platformAdmin;
    }

    public String label() {
        return label;
    }

    public String route() {
        return route;
    }

    public VaadinIcon icon() {
        return icon;
    }

    /** Whether the signed-in user may open this screen in the current organisation. */
    public boolean open() {
        if (platformAdmin) {
            return AdminSession.isPlatformAdmin();
        }
        return operation == null || AdminSession.may(operation);
    }

    static boolean open(Requires requirement) {
        return requirement.platformAdmin() ? AdminSession.isPlatformAdmin() : AdminSession.may(requirement.value());
    }

    public static List<Screen> openToUser() {
        return List.of(values()).stream().filter(Screen::open).toList();
    }

    Operation operation() {
        return operation;
    }

    boolean platformAdmin() {
        return platformAdmin;
    }
}
