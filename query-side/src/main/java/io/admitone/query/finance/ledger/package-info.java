/**
 * The ledger as finance reads it: an organisation's double-entry rows in the order the money moved, filtered and paged
 * like every list or exported whole as CSV or JSON lines, and the trial balance of its accounts as of an instant.
 */
package io.admitone.query.finance.ledger;
