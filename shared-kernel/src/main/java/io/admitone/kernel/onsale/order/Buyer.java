package io.admitone.kernel.onsale.order;

/** Who buys: the name on the order and the address its confirmation goes to. */
public record Buyer(String name, String email) {
}
