package io.admitone.projections.webhook.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends the subscriptions' queues. A loop looks every {@code poll-interval}, and at once when deliveries were queued,
 * for subscriptions whose first pending delivery is due; it leases each and sends its queue on a virtual thread of
 * its own, at most {@code concurrency} subscriptions at once. A queue is sent one delivery at a time in order and
 * stops at the first failure: the deliveries behind it wait for its retry.
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int BATCH = 50;
    private static final Duration BATCH_AGE = Duration.ofSeconds(1);

    private final String owner = UUID.randomUUID().toString();
    private final Set<UUID> sending = ConcurrentHashMap.newKeySet();
    private final SubscriptionLeases leases;
    private final PendingDeliveries deliveries;
    private final WebhookSender sender;
    private final AttemptLog log;
    private final WebhookDispatchProperties properties;
    private final Clock clock;
    private final Wakeup wakeup;
    private final PollingLoop loop;
    private ExecutorService senders;

    Dispatcher(SubscriptionLeases leases, PendingDeliveries deliveries, WebhookSender sender, AttemptLog log,
               WebhookDispatchProperties properties, Clock clock, Wakeup deliveryWakeup) {
        this.leases = leases;
        this.deliveries = deliveries;
        this.sender = sender;
        this.log = log;
        this.properties = properties;
        this.clock = clock;
        this.wakeup = deliveryWakeup;
        this.loop = new PollingLoop("webhook-dispatcher", properties.pollInterval(), deliveryWakeup, this::dispatchDue);
    }

    @Override
    public void start() {
        senders = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-sender-", 0).factory());
        loop.start();
    }

    /** Lets the attempts in flight finish and be logged, so that a restart does not send them again. */
    @Override
    public void stop() {
        loop.stop();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(properties.timeout().toSeconds() + 5, TimeUnit.SECONDS)) {
                senders.shutdownNow();
                LOG.warn("Webhook senders still running at shutdown; their leases run out in {}", properties.lease());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    private void dispatchDue() {
        int free = properties.concurrency() - sending.size();
        if (free <= 0) {
            return;
        }
        for (UUID subscription : leases.due(free)) {
            if (sending.size() < properties.concurrency() && !sending.contains(subscription)
                    && leases.take(subscription, owner)) {
                sending.add(subscription);
                senders.execute(() -> sendQueue(subscription));
            }
        }
    }

    private void sendQueue(UUID subscription) {
        boolean done = false;
        try {
            sendDueDeliveries(subscription);
            done = true;
        } catch (CancellationException stopping) {
            LOG.debug("Stopped sending subscription {}", subscription);
        } catch (RuntimeException e) {
            LOG.warn("Sending the webhooks of subscription {} failed; trying again later", subscription, e);
        } finally {
            try {
                leases.release(subscription, owner);
            } finally {
                sending.remove(subscription);
            }
        }
        if (done) {
            // a queue waiting for a free slot need not wait for the next look
            wakeup.signal();
        }
    }

    /**
     * Sends the queue's due deliveries in order, taking them a few at a time. A batch is taken again after
     * {@link #BATCH_AGE} so that a pause or a new secret is not long in taking effect, and the lease is renewed when
     * half of it has run.
     */
    private void sendDueDeliveries(UUID subscription) {
        Instant renewed = clock.instant();
        while (loop.isRunning()) {
            List<PendingDelivery> batch = deliveries.head(subscription, BATCH);
            Instant taken = clock.instant();
            if (batch.isEmpty()) {
                return;
            }
            for (PendingDelivery delivery : batch) {
                Instant now = clock.instant();
                if (!loop.isRunning() || !delivery.dueAt(now)) {
                    return;
                }
                if (now.isAfter(taken.plus(BATCH_AGE))) {
                    break;
                }
                if (now.isAfter(renewed.plus(properties.lease().dividedBy(2)))) {
                    if (!leases.renew(subscription, owner)) {
                        return;
                    }
                    renewed = now;
                }
                if (!log.record(delivery, sender.send(delivery))) {
                    return;
                }
            }
        }
    }
}
