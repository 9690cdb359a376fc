package io.admitone.kernel.personaldata;

/**
 * Who buys: the name on the order and the address its confirmation goes to. Personal data: it never goes into an
 * event in the clear, only as a {@link SealedBuyer}.
 */
public record Buyer(String name, String email) {
}
