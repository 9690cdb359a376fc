package io.admitone.benchmarks.onsale;

import io.admitone.benchmarks.common.Api;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/** Orders each hold at once, paid with the built-in {@code test} provider's {@code card-success}. */
final class TestCardCheckout implements Checkout {

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public boolean order(Api api, OnSale onSale, JsonNode hold) {
        Api.Response placed = api.post("/api/v1/orgs/" + onSale.org() + "/orders", Map.of(
                "holdId", hold.get("holdId").asString(),
                "holdToken", hold.get("holdToken").asString(),
                "buyer", Map.of("name", "Benchmark buyer", "email", "buyer@example.com"),
                "payment", Map.of("provider", "test", "method", "card-success")), false);
        return placed.status() == 201 && "CONFIRMED".equals(placed.body().get("status").asString());
    }
}
