/**
 * The box office's and finance's order screens: the organisation's orders with the API's filters, one order with its
 * buyer and tickets, and what staff with the right to manage orders do to it (refund, cancel, mark paid). Everything
 * is read from and sent to the server's order API.
 */
package io.admitone.admin.orders;
