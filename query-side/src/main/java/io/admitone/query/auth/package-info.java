/**
 * Signing in: a staff member's e-mail and password, checked against the staff read model, buy a
 * short-lived access token that carries the caller's memberships and roles.
 */
package io.admitone.query.auth;
