package io.admitone.command.dashboard;

import io.admitone.kernel.DomainRejection;

/** A layout outside the limits of {@link io.admitone.kernel.dashboard.DashboardLayoutRules}. */
class InvalidDashboardLayout extends DomainRejection {

    InvalidDashboardLayout(String message) {
        super("invalid-dashboard-layout", Kind.UNPROCESSABLE, "The dashboard layout is invalid: " + message);
    }
}
