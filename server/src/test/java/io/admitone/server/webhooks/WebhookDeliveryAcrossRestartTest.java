package io.admitone.server.webhooks;

import io.admitone.server.RunningServer;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.infrastructure.TestServers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Deliveries still being retried when the server stops all arrive, in order, once it runs again. */
class WebhookDeliveryAcrossRestartTest {

    private static final Duration DELIVERED = Duration.ofSeconds(60);

    @Test
    void deliveriesBeingRetriedWhenTheServerStopsArriveAfterItStartsAgain() {
        Map<String, String> properties = new HashMap<>(TestServers.freshInfrastructure());
        properties.putAll(Map.of("admitone.webhooks.allow-private-targets", "true",
                "admitone.webhooks.first-retry-delay", "PT0.2S",
                "admitone.webhooks.max-retry-delay", "PT0.5S",
                "admitone.webhooks.poll-interval", "PT0.1S",
                "admitone.webhooks.lease", "PT2S"));
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answerNext(503, 1_000);
            try (RunningServer before = RunningServer.start(properties)) {
                WebhookRequests hooks = new WebhookRequests(before.admin(), before.admin(),
                        ServerIntegrationTest.newOrganisation(before.admin(), "restart"));
                hooks.subscribe(receiver.url(), List.of("event.*"));
                String event = hooks.createEvent("Restart 0");
                hooks.retitle(event, "Restart 1");
                hooks.retitle(event, "Restart 2");
                await().atMost(DELIVERED).until(() -> receiver.received().size() >= 2);
            }
            assertThat(receiver.accepted()).isEmpty();

            receiver.recover();
            try (RunningServer after = RunningServer.start(properties)) {
                await().atMost(DELIVERED).until(() -> receiver.accepted().size() == 3);
                WebhookDeliveryTest.assertInStreamOrderOnce(receiver.accepted());
            }
        }
    }
}
