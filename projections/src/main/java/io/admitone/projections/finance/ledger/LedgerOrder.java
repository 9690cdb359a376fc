package io.admitone.projections.finance.ledger;

import java.util.UUID;

/** What the ledger keeps of an order for its rows: whose it is, what it is for and how it was paid. */
record LedgerOrder(UUID orderId, UUID tenantId, UUID eventId, UUID performanceId, String provider,
                   String currency) {
}
