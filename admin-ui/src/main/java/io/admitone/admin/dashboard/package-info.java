/**
 * The page a staff member lands on after signing in. For now it confirms who is signed in; widgets
 * that summarise sales and on-sales come here as the admin UI grows.
 */
package io.admitone.admin.dashboard;
