/**
 * Single sign-on: staff sign in at the organisation's OpenID Connect provider, and the provider's access token, which
 * the AdmitOne server accepts when it is configured for the same provider, becomes their token in the admin UI.
 */
package io.admitone.admin.sso;
