/**
 * Signing in to the admin UI: the sign-in page, which exchanges e-mail and password for an access token
 * at the AdmitOne server, and the guard that sends anyone not signed in to that page.
 */
package io.admitone.admin.signin;
