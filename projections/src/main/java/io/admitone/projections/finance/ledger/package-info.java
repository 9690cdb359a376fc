/**
 * The ledger: double-entry rows for every movement of an organisation's money (sales, offline payments, refunds,
 * cancellations of paid orders), each transaction balanced, derived in stream order from the orders' events and the
 * ticket types' tax and fee terms.
 */
package io.admitone.projections.finance.ledger;
