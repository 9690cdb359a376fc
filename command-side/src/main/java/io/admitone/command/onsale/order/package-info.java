/**
 * Orders: {@link io.admitone.command.onsale.order.OrderPlacing} turns a live hold into an order (the hold ends as
 * converted, the payment provider takes a first attempt, the partitions sell the places or give them back), and the
 * {@code Order} aggregate records the payment and issues one ticket per place once it is paid. An unpaid order
 * expires at its due date or is cancelled; a paid one is refunded or cancelled, and
 * {@link io.admitone.command.onsale.order.PlacesReturning} gives the places it no longer keeps back to sale.
 */
package io.admitone.command.onsale.order;
