/**
 * Holds, and orders with their tickets, read by their buyer with the hold's or the order's token, or by staff
 * allowed to read orders.
 */
package io.admitone.query.onsale;
