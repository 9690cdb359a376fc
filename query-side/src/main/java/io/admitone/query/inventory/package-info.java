/** What buyers and staff see of a performance's places: availability per section and price zone, and the seat map. */
package io.admitone.query.inventory;
