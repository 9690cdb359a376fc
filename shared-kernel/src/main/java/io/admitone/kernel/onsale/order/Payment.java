package io.admitone.kernel.onsale.order;

/** How an order is paid: a payment provider's name ({@code test}, or one a plugin contributes, such as {@code offline}) and its method. */
public record Payment(String provider, String method) {
}
