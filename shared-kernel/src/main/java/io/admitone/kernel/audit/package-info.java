/**
 * The audit hash chain as anyone can recompute it: the canonical form of an event as the audit trail exports it,
 * and the SHA-256 link that ties each event of an organisation to the one before.
 */
package io.admitone.kernel.audit;
