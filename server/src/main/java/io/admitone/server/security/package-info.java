/**
 * Authentication at the HTTP boundary: the key that signs AdmitOne's access tokens, the JWKS endpoint that
 * publishes its public half, bearer-token validation (AdmitOne's own tokens and, when configured, single
 * sign-on tokens of an OpenID Connect provider), and the security headers on every response. Beside them, the key
 * that seals the secrets kept in events (webhook signing secrets).
 */
package io.admitone.server.security;
