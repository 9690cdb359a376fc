package io.admitone.benchmarks.onsale;

import io.admitone.benchmarks.common.Api;
import tools.jackson.databind.JsonNode;

/**
 * What a buyer does with a hold once it has it: order it ({@link TestCardCheckout}), or nothing ({@link #NONE}, to
 * measure holds alone).
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
