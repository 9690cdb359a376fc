/**
 * Orders: a live hold turned into a sale for a buyer, paid through a payment provider. A confirmed order issues
 * one ticket per place; an order whose payment failed has no places.
 */
package io.admitone.kernel.onsale.order;
