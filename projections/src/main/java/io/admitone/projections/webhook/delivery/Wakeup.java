package io.admitone.projections.webhook.delivery;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A signal that ends a polling loop's wait early; signals given while it works are kept for its next wait. */
public final class Wakeup {

    private final Semaphore signals = new Semaphore(0);

    public void signal() {
        if (signals.availablePermits() == 0) {
            signals.release();
        }
    }

    /** Signals once the current transaction has committed (what it wrote is then visible), or now without one. */
    public void signalAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            signal();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal();
            }
        });
    }

    void await(Duration timeout) throws InterruptedException {
        if (signals.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            signals.drainPermits();
        }
    }
}
