/** Payment providers: how buyers pay an order, and how refunds go back. */
package io.admitone.plugin.api.payment;
