/**
 * The read models of staff users and their memberships: one row per user with status and password hash (for
 * signing in), one row per membership with its roles, the latter under the tenant's row-level security.
 */
package io.admitone.projections.identity;
