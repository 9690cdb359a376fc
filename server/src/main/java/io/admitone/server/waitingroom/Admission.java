package io.admitone.server.waitingroom;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.UUID;

/** What an admission token grants: one hold attempt for the queue entry at {@code position}, until it expires. */
record Admission(TenantId tenant, UUID performanceId, long position, Instant expiresAt) {
}
