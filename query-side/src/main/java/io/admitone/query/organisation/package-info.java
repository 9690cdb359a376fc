/**
 * Reads organisations (tenants) from the {@code read.organisation} model, always through the tenant-scoped
 * path and always filtered by tenant as well, and answers storefronts the public part of their branding.
 */
package io.admitone.query.organisation;
