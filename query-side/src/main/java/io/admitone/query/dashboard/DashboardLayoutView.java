package io.admitone.query.dashboard;

import io.admitone.kernel.dashboard.DashboardWidget;

import java.time.Instant;
import java.util.List;

/** A member's saved layout: its widgets in the order saved, and when it was saved. */
public record DashboardLayoutView(List<DashboardWidget> widgets, Instant savedAt) {
}
