/**
 * The audit hash chain as it is written: every event of an organisation linked, in stream order, to the one before
 * it, so that an event later changed or removed in the event store no longer fits its link.
 */
package io.admitone.projections.audit.chain;
