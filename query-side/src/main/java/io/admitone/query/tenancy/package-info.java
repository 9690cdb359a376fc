/**
 * Tenant isolation on the read side: every query runs in a transaction as the {@code admitone_reader} role with
 * the tenant set, so PostgreSQL's row-level security hides other tenants' rows even from a query that forgets
 * to filter by tenant.
 */
package io.admitone.query.tenancy;
