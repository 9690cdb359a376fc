package io.admitone.server.waitingroom;

import io.admitone.kernel.organisation.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * What the hold endpoint asks before it holds: {@link #recordAttempt} counts every attempt (and switches the room
 * on above the configured rate), {@link #admit} lets the attempt through or refuses it with {@link QueueRequired}.
 */
@Component
public class WaitingRoomGate {

    private static final Logger log = LoggerFactory.getLogger(WaitingRoomGate.class);
    /** A used mark outlives its token a little, so that a clock a few seconds behind cannot reuse it. */
    private static final Duration USED_MARK_MARGIN = Duration.ofMinutes(1);

    private final RoomStore store;
    private final AdmissionTokens tokens;
    private final WaitingRoomProperties properties;
    private final Clock clock;

    WaitingRoomGate(RoomStore store, AdmissionTokens tokens, WaitingRoomProperties properties, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Completes when the attempt may go on: the room is off, or the token is a valid, unexpired, unused admission
     * to this very performance, which it then uses up. Otherwise fails with {@link QueueRequired}.
     */
    public Mono<Void> admit(TenantId tenant, UUID performanceId, String admissionToken) {
        Room room = new Room(tenant, performanceId);
        return store.isActive(room).flatMap(active -> active ? use(room, admissionToken) : Mono.empty());
    }

    /** Counts a hold attempt; above {@code admitone.waiting-room.auto-threshold} per second the room switches on. */
    public Mono<Void> recordAttempt(TenantId tenant, UUID performanceId) {
        if (properties.autoThreshold() == 0) {
            return Mono.empty();
        }
        Room room = new Room(tenant, performanceId);
        return store.attempt(room, properties.autoThreshold())
                .flatMap(within -> within ? Mono.empty() : store.activate(room, properties.admissionsPerSecond(), true)
                        .filter(Boolean::booleanValue)
                        .doOnNext(on -> log.info("The waiting room of performance {} switched itself on: more than {} "
                                + "hold attempts per second", performanceId, properties.autoThreshold())))
                .then();
    }

    private Mono<Void> use(Room room, String admissionToken) {
        var admission = tokens.verify(admissionToken)
                .filter(granted -> granted.tenant().equals(room.tenant()))
                .filter(granted -> granted.performanceId().equals(room.performanceId()));
        if (admission.isEmpty()) {
            return refused(room, "No valid admission token for this performance");
        }
        Duration keep = Duration.between(clock.instant(), admission.get().expiresAt()).plus(USED_MARK_MARGIN);
        return store.use(room, admission.get().position(), keep)
                .flatMap(first -> first ? Mono.<Void>empty() : refused(room, "The admission token has been used"));
    }

    /** Retry after about the time the people already waiting take to be admitted. */
    private Mono<Void> refused(Room room, String why) {
        return store.state(room).flatMap(state -> {
            long waiting = Math.max(0, state.lastPosition() - state.admittedUpTo()) + 1;
            long rate = Math.max(1, state.admissionsPerSecond());
            return Mono.error(new QueueRequired(room.tenant(), room.performanceId(), Math.ceilDiv(waiting, rate), why));
        });
    }
}
