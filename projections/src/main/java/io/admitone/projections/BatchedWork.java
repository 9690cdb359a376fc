package io.admitone.projections;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Consumer;

/**
 * Work a projection gathers over the events of a batch and does once, just before the batch's transaction commits:
 * a row derived from many events is then computed once per batch instead of once per event, which is what makes a
 * catch-up or a replay of thousands of events of one aggregate fast. Each key keeps the last value given for it.
 * Outside a unit of work the work is done at once.
 */
public final class BatchedWork<K, V> {

    private final String name;
    private final Consumer<SequencedMap<K, V>> work;

    /** {@code name} must be unique among the batched works of a processing group. */
    public BatchedWork(String name, Consumer<SequencedMap<K, V>> work) {
        this.name = BatchedWork.class.getName() + "." + name;
        this.work = work;
    }

    public void put(K key, V value) {
        if (!CurrentUnitOfWork.isStarted()) {
            SequencedMap<K, V> single = new LinkedHashMap<>();
            single.put(key, value);
            work.accept(single);
            return;
        }
        Map<K, V> gathered = CurrentUnitOfWork.get().root().getOrComputeResource(name, ignored -> {
            SequencedMap<K, V> batch = new LinkedHashMap<>();
            CurrentUnitOfWork.get().root().onPrepareCommit(unit -> work.accept(batch));
            return batch;
        });
        gathered.put(key, value);
    }
}
