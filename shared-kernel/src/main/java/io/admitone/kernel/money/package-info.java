/** Amounts of money in one currency, written as decimal strings so that no amount is ever a float. */
package io.admitone.kernel.money;
