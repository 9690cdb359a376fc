package io.admitone.projections.webhook.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * A thread of its own that does some work, then waits for the interval or a wake-up, until stopped. A failure of
 * the work is logged and the loop goes on: the database may be back by the next round.
 */
public final class PollingLoop {

    private static final Logger LOG = LoggerFactory.getLogger(PollingLoop.class);

    private final String name;
    private final Duration interval;
    private final Wakeup wakeup;
    private final Runnable work;
    private volatile boolean running;
    private Thread thread;

    public PollingLoop(String name, Duration interval, Wakeup wakeup, Runnable work) {
        this.name = name;
        this.interval = interval;
        this.wakeup = wakeup;
        this.work = work;
    }

    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name(name).daemon().start(this::loop);
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("{} failed; it tries again in {} at the latest", name, interval, e);
            }
            try {
                wakeup.await(interval);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
