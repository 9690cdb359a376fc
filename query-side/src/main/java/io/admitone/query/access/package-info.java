/**
 * Who is calling, read from the read models: staff users with their memberships by e-mail. Staff users
 * belong to the platform, not to one tenant, so these lookups run as the owner of the read models rather
 * than through the tenant-scoped path.
 */
package io.admitone.query.access;
