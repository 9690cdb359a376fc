/**
 * The read model of organisations: one row per tenant with its settings, branding and status, written as the
 * table's owner, which row-level security lets see every tenant.
 */
package io.admitone.projections.organisation;
