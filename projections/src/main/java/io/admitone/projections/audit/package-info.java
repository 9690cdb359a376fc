/**
 * The audit trail: a copy of every event of an organisation, in stream order, with the payload and the metadata as the
 * event store holds them, so that finance can read who did what, when, from where and because of what.
 */
package io.admitone.projections.audit;
