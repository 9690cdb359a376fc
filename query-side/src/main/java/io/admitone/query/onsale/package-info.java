/** Orders and their tickets, read by their buyer with the order's token, or by staff allowed to read orders. */
package io.admitone.query.onsale;
