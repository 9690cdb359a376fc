/**
 * How the money of a sale divides for the books: the parts of a ticket's price (net revenue, tax, service fee) and
 * the share of them that a refund takes back. The ledger and the sales reports both count by these rules.
 */
package io.admitone.kernel.finance;
