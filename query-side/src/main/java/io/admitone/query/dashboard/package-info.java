/**
 * Reads the signed-in staff member's own dashboard layout in an organisation, so that the admin UI restores it on
 * the next sign-in; no one reads another member's layout.
 */
package io.admitone.query.dashboard;
