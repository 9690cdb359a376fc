/**
 * The audit trail as finance reads it: an organisation's events in stream order with their metadata, filtered and
 * paged like every list, or exported whole as JSON lines.
 */
package io.admitone.query.audit;
