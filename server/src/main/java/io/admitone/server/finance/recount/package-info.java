/**
 * The second count of an organisation's money: its sales and refunds recounted from the event store by the finance
 * rules of the kernel, without reading the ledger, so that a report from the ledger can be held to it.
 */
package io.admitone.server.finance.recount;
