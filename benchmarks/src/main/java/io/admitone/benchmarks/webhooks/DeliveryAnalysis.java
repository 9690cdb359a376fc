package io.admitone.benchmarks.webhooks;

import io.admitone.benchmarks.common.Latencies;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the receipts say, per subscription in the order they arrived. A delivery is a message of the counted type
 * received by a subscription; receiving it again is a duplicate, and receiving one whose stream position is lower
 * than the one before is out of order. The delay of a delivery is from the event ({@code occurredAt}) to its first
 * arrival.
 */
record DeliveryAnalysis(int deliveries, int duplicates, int outOfOrder, int otherReceipts,
                        Latencies.Summary delays, Instant firstEventAt, Instant lastDeliveryAt) {

    static DeliveryAnalysis of(Map<String, List<Receipt>> receipts, String countedType) {
        Tally tally = new Tally();
        receipts.values().forEach(subscription -> tally.subscription(subscription, countedType));
        long[] delays = tally.delays.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(delays);
        return new DeliveryAnalysis(delays.length, tally.duplicates, tally.outOfOrder, tally.other,
                new Latencies.Summary(delays), tally.firstEventAt, tally.lastDeliveryAt);
    }

    /** Deliveries per second from the first event to the last delivery. */
    Double deliveriesPerSecond() {
        if (deliveries == 0) {
            return null;
        }
        return Latencies.round(deliveries / (Duration.between(firstEventAt, lastDeliveryAt).toNanos() / 1e9));
    }

    private static final class Tally {

        final List<Long> delays = new ArrayList<>();
        int duplicates;
        int outOfOrder;
        int other;
        Instant firstEventAt;
        Instant lastDeliveryAt;

        void subscription(List<Receipt> receipts, String countedType) {
            Set<String> seen = new HashSet<>();
            long previousPosition = Long.MIN_VALUE;
            for (Receipt receipt : receipts) {
                if (!countedType.equals(receipt.type())) {
                    other++;
                    continue;
                }
                if (receipt.position() < previousPosition) {
                    outOfOrder++;
                }
                previousPosition = receipt.position();
                if (seen.add(receipt.webhookId())) {
                    first(receipt);
                } else {
                    duplicates++;
                }
            }
        }

        private void first(Receipt receipt) {
            delays.add(Duration.between(receipt.occurredAt(), receipt.receivedAt()).toNanos());
            if (firstEventAt == null || receipt.occurredAt().isBefore(firstEventAt)) {
                firstEventAt = receipt.occurredAt();
            }
            if (lastDeliveryAt == null || receipt.receivedAt().isAfter(lastDeliveryAt)) {
                lastDeliveryAt = receipt.receivedAt();
            }
        }
    }
}
