package io.admitone.benchmarks.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latencies in nanoseconds from many threads; each thread keeps its own list so recording never contends. */
public final class Latencies {

    private final ConcurrentLinkedQueue<List<Long>> lists = new ConcurrentLinkedQueue<>();

    /** A recorder for one thread. */
    public List<Long> recorder() {
        List<Long> list = new ArrayList<>();
        lists.add(list);
        return list;
    }

    public Summary summary() {
        long[] all = lists.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        return new Summary(all);
    }

    public record Summary(long[] sortedNanos) {

        public int count() {
            return sortedNanos.length;
        }

        /** The percentile in milliseconds, or null when nothing was recorded. */
        public Double percentileMs(double percentile) {
            if (sortedNanos.length == 0) {
                return null;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
            return round(sortedNanos[Math.max(0, index)] / 1e6);
        }

        public Double meanMs() {
            return sortedNanos.length == 0 ? null : round(Arrays.stream(sortedNanos).average().orElse(0) / 1e6);
        }
    }

    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
