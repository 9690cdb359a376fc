/**
 * Authentication at the HTTP boundary: the key that signs AdmitOne's access tokens, the JWKS endpoint that
 * publishes its public half, bearer-token validation, and the security headers on every response.
 */
package io.admitone.server.security;
