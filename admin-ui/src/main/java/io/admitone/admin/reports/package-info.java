/**
 * The finance reports screen: the sales report as the books stood at an instant, grouped as finance asks, with its
 * CSV export; the ledger's trial balance; and the reconciliation of the orders' payments with the ledger.
 */
package io.admitone.admin.reports;
