/**
 * Holds: the places a buyer has taken from a performance's inventory partitions for a while, with a price per
 * place. A hold ends by being released early, by expiring, or (later) by becoming an order.
 */
package io.admitone.kernel.onsale.hold;
