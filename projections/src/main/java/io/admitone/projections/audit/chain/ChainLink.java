package io.admitone.projections.audit.chain;

import java.util.UUID;

/** One event's link in its organisation's chain. */
record ChainLink(UUID tenantId, long sequence, long position, UUID eventId, byte[] hash) {
}
