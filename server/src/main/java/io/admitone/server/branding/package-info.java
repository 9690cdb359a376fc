/**
 * Organisation logos kept in the server's file storage: owners and admins upload one, which becomes the logo of
 * the organisation's branding, and anyone (storefronts, e-mail clients) fetches it at a URL that never changes
 * what it answers.
 */
package io.admitone.server.branding;
