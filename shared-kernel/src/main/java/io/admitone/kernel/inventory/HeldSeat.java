package io.admitone.kernel.inventory;

/** A seat taken or freed, with its price zone, so that availability per zone needs no seat map. */
public record HeldSeat(String key, String priceZone) {
}
