package io.admitone.benchmarks.onsale;

import tools.jackson.databind.JsonNode;

/**
 * What a buyer does with a hold once it has it. Holds are all this version sells, so the benchmark ends there; when
 * orders exist, an implementation that posts the order with the hold's id and token takes the place of
 * {@link #NONE}, and the buyers report orders per second and their latencies.
 */
interface Checkout {

    Checkout NONE = new Checkout() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public boolean order(Api api, OnSale onSale, JsonNode hold) {
            return false;
        }
    };

    boolean enabled();

    /** Orders the hold; answers whether an order was placed. */
    boolean order(Api api, OnSale onSale, JsonNode hold);
}
