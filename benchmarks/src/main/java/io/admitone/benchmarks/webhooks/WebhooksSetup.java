package io.admitone.benchmarks.webhooks;

import io.admitone.benchmarks.common.Api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organisation with one small venue for the events to take place in, then the receiver's subscriptions to every
 * event type, each on a path of its own. The venue comes first: its event precedes the subscriptions in the stream,
 * so none of them receives it, and the receiver gets nothing but the events the benchmark causes.
 */
final class WebhooksSetup {

    /** Where the events happen, and each subscription's name (its path on the receiver) with its signing secret. */
    record Setup(String org, String venue, Map<String, String> secrets) {
    }

    private WebhooksSetup() {
    }

    static Setup build(Api api, Receiver receiver, int subscriptions) {
        String org = Api.expect(201, api.post("/api/v1/orgs", Map.of("name", "Webhook benchmark",
                "slug", "webhook-benchmark", "defaultCurrency", "EUR", "timeZone", "Europe/Berlin",
                "locale", "de-DE"), true)).id();
        String venue = Api.expect(201, api.post("/api/v1/orgs/" + org + "/venues", Map.of("name", "Hall",
                "timeZone", "Europe/Berlin", "sections", List.of(Map.of("name", "Floor", "kind", "STANDING",
                        "capacity", 100))), true)).id();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (int i = 1; i <= subscriptions; i++) {
            String name = "subscription-" + i;
            Api.Response created = Api.expect(201, api.post("/api/v1/orgs/" + org + "/webhooks", Map.of(
                    "url", receiver.url(name), "eventTypes", List.of("*"),
                    "description", "Benchmark receiver " + i), true));
            secrets.put(name, created.body().get("secret").asString());
        }
        return new Setup(org, venue, secrets);
    }
}
