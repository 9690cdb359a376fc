package io.admitone.projections.finance.ledger;

import io.admitone.kernel.finance.LedgerKind;

import java.time.Instant;
import java.util.UUID;

/**
 * What all rows of one transaction share: the event that moved the money ({@code transactionId}, its stream
 * {@code position}), when the money moved, what moved it, and the order it moved for.
 */
record Transaction(UUID transactionId, long position, Instant effectiveAt, LedgerKind kind, LedgerOrder order) {
}
