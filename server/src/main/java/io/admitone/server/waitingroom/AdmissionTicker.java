package io.admitone.server.waitingroom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Every tick, moves each active room's watermark by what its rate has earned since. Every instance ticks; the
 * advance is one atomic script that grants each moment's admissions once, so more instances admit no faster.
 */
@Component
class AdmissionTicker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AdmissionTicker.class);
    private static final int ROOMS_AT_ONCE = 16;

    private final RoomStore store;
    private final Duration interval;
    private volatile Disposable ticking;

    AdmissionTicker(RoomStore store, WaitingRoomProperties properties) {
        this.store = store;
        this.interval = properties.tickInterval();
    }

    @Override
    public void start() {
        ticking = Flux.interval(interval)
                .onBackpressureDrop()
                .concatMap(tick -> advanceAll(), 0)
                .subscribe();
    }

    private Mono<Void> advanceAll() {
        return store.activeRooms()
                .flatMap(store::advance, ROOMS_AT_ONCE)
                .then()
                .onErrorResume(error -> {
                    log.warn("Could not admit from the waiting rooms this tick: {}", error.toString());
                    return Mono.empty();
                });
    }

    @Override
    public void stop() {
        Disposable running = ticking;
        if (running != null) {
            running.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable running = ticking;
        return running != null && !running.isDisposed();
    }
}
