/**
 * Who is calling, read from the read models: staff users with their memberships by e-mail, API keys by prefix,
 * the storefront origins of an organisation, and the organisation a storefront names by its custom domain or slug.
 * None of these belongs to a tenant the request has proven yet, so these lookups run as the owner of the read
 * models rather than through the tenant-scoped path.
 */
package io.admitone.query.access;
