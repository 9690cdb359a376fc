/**
 * Sales reports for finance: gross, refunds, tax, fees and net per organisation, event, performance, ticket type or
 * day, as the books stood at an instant. The figures come from the ledger, or, asked for, from a recount of the
 * organisation's events that never reads the ledger, so that each can be held to the other.
 */
package io.admitone.query.finance.reports;
