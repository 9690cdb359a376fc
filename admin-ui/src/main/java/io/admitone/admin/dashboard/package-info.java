/**
 * The page a staff member lands on after signing in: a board of widgets on a grid of twelve columns that each user
 * arranges for themselves (add, remove, move by drag-and-drop or keyboard, resize) and that is saved through the API.
 * Widgets are Spring beans of {@link io.admitone.admin.dashboard.DashboardWidget}, collected by the
 * {@link io.admitone.admin.dashboard.WidgetRegistry}: the built-in ones now, a plugin's later.
 */
package io.admitone.admin.dashboard;
