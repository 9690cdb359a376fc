package io.admitone.benchmarks.webhooks;

import java.util.Map;

/** The markdown summary of a run, written as {@code webhooks-latest.md} and into the JSON. */
final class WebhooksReport {

    private WebhooksReport() {
    }

    static String summary(Map<String, Object> n) {
        return """
                # Webhook benchmark, %s

                %,d events caused through the API by %s clients (`%s`), each delivered to %s subscriptions to `*` \
                on a local receiver that answers `204` at once, on %s CPUs against a server on its default \
                configuration (embedded PostgreSQL and Redis) with private targets allowed.

                | measure | value |
                | --- | --- |
                | deliveries per second, first event to last delivery | %s |
                | delay from event to delivery p50 / p99 / max | %s / %s / %s ms |
                | deliveries (distinct) | %s |
                | duplicates | %s |
                | out of order | %s |
                | events caused per second | %s |
                | signatures checked (failed) | %s (%s) |
                | other requests received | %s |
                """.formatted(n.get("finishedAt"), (Integer) n.get("events"), n.get("concurrency"), EventBurst.TYPE,
                n.get("subscriptions"), n.get("availableProcessors"), n.get("deliveriesPerSecond"),
                n.get("p50DelayMs"), n.get("p99DelayMs"), n.get("maxDelayMs"), n.get("deliveries"),
                n.get("duplicates"), n.get("outOfOrder"), n.get("eventsPerSecond"), n.get("signaturesChecked"),
                n.get("signatureFailures"), n.get("otherReceipts"));
    }
}
