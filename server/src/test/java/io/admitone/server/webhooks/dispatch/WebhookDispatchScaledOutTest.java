package io.admitone.server.webhooks.dispatch;

import io.admitone.kernel.SecretSeal;
import io.admitone.server.AdmitOneServer;
import io.admitone.server.infrastructure.TestServers;
import io.admitone.server.webhooks.WebhookReceiver;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two server instances on one database share the dispatching: each subscription's queue is sent by one at a time. */
class WebhookDispatchScaledOutTest {

    @Test
    void twoInstancesSendAQueueInOrderOneDeliveryAtATimeAndEachOnceDelivered() {
        Map<String, String> properties = new HashMap<>(TestServers.freshInfrastructure());
        properties.putAll(Map.of("server.port", "0", "admitone.webhooks.allow-private-targets", "true",
                "admitone.webhooks.first-retry-delay", "PT0.05S", "admitone.webhooks.max-retry-delay", "PT0.2S",
                "admitone.webhooks.lease", "PT2S", "admitone.webhooks.poll-interval", "PT0.02S"));
        // every fourth answer fails: the queue waits for its retry, and either instance may take it up then
        WebhookReceiver.Answer[] answers = IntStream.range(0, 40)
                .mapToObj(i -> WebhookReceiver.Answer.status(i % 4 == 3 ? 503 : 200)).toArray(WebhookReceiver.Answer[]::new);
        try (ConfigurableApplicationContext first = start(properties);
             ConfigurableApplicationContext second = start(properties);
             WebhookReceiver receiver = WebhookReceiver.start(answers).answeringIn(Duration.ofMillis(20))) {
            Subscriptions subscriptions = new Subscriptions(first.getBean(EventStore.class),
                    first.getBean(SecretSeal.class));
            var subscription = subscriptions.create(receiver.url(), "order.placed");
            EventStore[] stores = {first.getBean(EventStore.class), second.getBean(EventStore.class)};
            for (int number = 1; number <= 30; number++) {
                new Subscriptions(stores[number % 2], first.getBean(SecretSeal.class))
                        .publish(new Occurred(subscription.tenantId().value(), "order.placed", number));
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> Occurred.numbers(receiver.accepted()).size() >= 30);

            assertThat(Occurred.numbers(receiver.accepted())).containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
            assertThat(receiver.mostAnsweredAtOnce()).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> properties) {
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(AdmitOneServer.class, WebhookTestConfiguration.class).run(arguments);
    }
}
