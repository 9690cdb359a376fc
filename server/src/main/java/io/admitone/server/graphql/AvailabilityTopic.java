package io.admitone.server.graphql;

import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.projections.inventory.AvailabilityAnnouncer;
import io.admitone.query.graphql.AvailabilityChanges;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * One Redis topic carrying the ids of performances whose availability changed: the projection publishes after its
 * commit, and each subscription listens for its own performance. Redis pub/sub keeps nothing, which suits a signal
 * that only says "read again".
 */
@Component
class AvailabilityTopic implements AvailabilityAnnouncer, AvailabilityChanges {

    static final String NAME = "admitone:availability-changed";

    private final RTopic topic;

    AvailabilityTopic(RedissonClient redisson) {
        this.topic = redisson.getTopic(NAME, StringCodec.INSTANCE);
    }

    @Override
    public void changed(PerformanceId performance) {
        topic.publishAsync(performance.toString());
    }

    @Override
    public Flux<UUID> of(UUID performanceId) {
        String wanted = performanceId.toString();
        return Flux.create(sink -> {
            CompletionStage<Integer> listener = topic.addListenerAsync(String.class, (channel, changed) -> {
                if (wanted.equals(changed)) {
                    sink.next(performanceId);
                }
            });
            listener.whenComplete((id, failure) -> {
                if (failure != null) {
                    sink.error(failure);
                } else {
                    sink.next(performanceId);
                }
            });
            sink.onDispose(() -> listener.thenAccept(topic::removeListenerAsync));
        }, FluxSink.OverflowStrategy.LATEST);
    }
}
