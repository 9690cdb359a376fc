/**
 * Reconciliation: what the orders say was captured and refunded, per provider, currency and period, set against the
 * ledger's movement of the money the providers hold, so that finance sees at once where the two disagree.
 */
package io.admitone.query.finance.reconciliation;
