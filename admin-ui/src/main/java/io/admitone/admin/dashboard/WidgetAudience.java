package io.admitone.admin.dashboard;

import io.admitone.admin.session.AdminSession;
import io.admitone.kernel.access.Operation;

/**
 * Who may have a widget on their board: everyone signed in, those whose roles allow an operation in the current
 * organisation (the one the widget's API calls need), or platform admins. The server enforces the calls; this only
 * keeps a widget from being offered to someone whose calls would be refused.
 */
public record WidgetAudience(Operation operation, boolean platformAdminsOnly) {

    public static WidgetAudience everyone() {
        return new WidgetAudience(null, false);
    }

    public static WidgetAudience allowedTo(Operation operation) {
        return new WidgetAudience(operation, false);
    }

    public static WidgetAudience platformAdmins() {
        return new WidgetAudience(null, true);
    }

    /** Whether the signed-in user is in this audience. */
    public boolean admitsSignedInUser() {
        if (platformAdminsOnly) {
            return AdminSession.isPlatformAdmin();
        }
        return operation == null || AdminSession.may(operation);
    }
}
