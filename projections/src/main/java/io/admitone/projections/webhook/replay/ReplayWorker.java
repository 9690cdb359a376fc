package io.admitone.projections.webhook.replay;

import io.admitone.kernel.webhook.WebhookEventTypes;
import io.admitone.projections.webhook.WebhookQueue;
import io.admitone.projections.webhook.catalogue.WebhookCatalogue;
import io.admitone.projections.webhook.catalogue.WebhookMessage;
import io.admitone.projections.webhook.delivery.PollingLoop;
import io.admitone.projections.webhook.delivery.WebhookDispatchProperties;
import io.admitone.projections.webhook.delivery.Wakeup;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.WEBHOOK_REPLAY;
import static io.admitone.schema.jooq.Tables.WEBHOOK_SUBSCRIPTION;

/**
 * Works through the replays under way: reads each one's range of the event store a chunk at a time and queues the
 * events of its organisation that the catalogue publishes and its subscription chose, as replay deliveries. A chunk
 * and the replay's progress commit together, under a row lock that another instance skips, so a replay goes on
 * after a restart where it stopped and is never queued twice.
 */
@Component
class ReplayWorker implements SmartLifecycle {

    static final int CHUNK = 500;
    private static final int REPLAYS_PER_ROUND = 10;

    private final DSLContext db;
    private final TransactionTemplate transactions;
    private final EventRange range;
    private final WebhookCatalogue catalogue;
    private final WebhookQueue queue;
    private final Clock clock;
    private final PollingLoop loop;

    ReplayWorker(DSLContext db, PlatformTransactionManager transactions, EventRange range, WebhookCatalogue catalogue,
                 WebhookQueue queue, Clock clock, WebhookDispatchProperties properties) {
        this.db = db;
        this.transactions = new TransactionTemplate(transactions);
        this.range = range;
        this.catalogue = catalogue;
        this.queue = queue;
        this.clock = clock;
        this.loop = new PollingLoop("webhook-replays", properties.pollInterval(), new Wakeup(), this::replayDue);
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    private void replayDue() {
        List<UUID> underWay = db.select(WEBHOOK_REPLAY.REPLAY_ID).from(WEBHOOK_REPLAY)
                .where(WEBHOOK_REPLAY.FINISHED_AT.isNull())
                .orderBy(WEBHOOK_REPLAY.REQUESTED_AT).limit(REPLAYS_PER_ROUND)
                .fetch(WEBHOOK_REPLAY.REPLAY_ID);
        for (UUID replay : underWay) {
            boolean more = true;
            while (more && loop.isRunning()) {
                more = Boolean.TRUE.equals(transactions.execute(status -> replayChunk(replay)));
            }
        }
    }

    /** Queues the next chunk of a replay; whether there is more to do now. */
    private boolean replayChunk(UUID replayId) {
        Optional<Replay> locked = lock(replayId);
        if (locked.isEmpty()) {
            return false;
        }
        Replay replay = locked.get();
        StreamSlice slice = read(replay);
        int enqueued = 0;
        for (TrackedEventMessage<?> event : slice.events()) {
            Optional<WebhookMessage> message = catalogue.messageOf(event, EventRange.positionOf(event))
                    .filter(replay::wants);
            if (message.isPresent()) {
                enqueued += queue.enqueueReplay(message.get(), replay.subscriptionId(), replay.replayId());
            }
        }
        db.update(WEBHOOK_REPLAY)
                .set(WEBHOOK_REPLAY.NEXT_POSITION, slice.nextPosition())
                .set(WEBHOOK_REPLAY.ENQUEUED, WEBHOOK_REPLAY.ENQUEUED.plus(enqueued))
                .set(WEBHOOK_REPLAY.FINISHED_AT, slice.done() ? clock.instant() : null)
                .where(WEBHOOK_REPLAY.REPLAY_ID.eq(replayId))
                .execute();
        return !slice.done() && slice.nextPosition() > replay.nextPosition();
    }

    /** The replay, locked for this transaction, unless it is finished or another instance works on it. */
    private Optional<Replay> lock(UUID replayId) {
        return db.select(WEBHOOK_REPLAY.REPLAY_ID, WEBHOOK_REPLAY.TENANT_ID, WEBHOOK_REPLAY.SUBSCRIPTION_ID,
                        WEBHOOK_SUBSCRIPTION.EVENT_TYPES, WEBHOOK_REPLAY.NEXT_POSITION, WEBHOOK_REPLAY.UP_TO_POSITION)
                .from(WEBHOOK_REPLAY)
                .join(WEBHOOK_SUBSCRIPTION).on(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(WEBHOOK_REPLAY.SUBSCRIPTION_ID))
                .where(WEBHOOK_REPLAY.REPLAY_ID.eq(replayId), WEBHOOK_REPLAY.FINISHED_AT.isNull())
                .forUpdate().of(WEBHOOK_REPLAY).skipLocked()
                .fetchOptional(Records.mapping(Replay::new));
    }

    private StreamSlice read(Replay replay) {
        try {
            return range.read(replay.nextPosition(), replay.upToPosition(), CHUNK);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying " + replay.replayId(), e);
        }
    }

    private record Replay(UUID replayId, UUID tenantId, UUID subscriptionId, String[] eventTypes, long nextPosition,
                          long upToPosition) {

        boolean wants(WebhookMessage message) {
            return message.tenantId().value().equals(tenantId)
                    && WebhookEventTypes.matches(Arrays.asList(eventTypes), message.type());
        }
    }
}
