package io.admitone.server.waitingroom;

import io.admitone.kernel.organisation.TenantId;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Joining a queue, following one's place in it, and switching a room on and off. */
@Component
class WaitingRooms {

    private static final int QUEUE_TOKEN_BYTES = 16;

    private final RoomStore store;
    private final AdmissionTokens tokens;
    private final WaitingRoomProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WaitingRooms(RoomStore store, AdmissionTokens tokens, WaitingRoomProperties properties, Clock clock) {
        this.store = store;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<QueueEntryView> join(TenantId tenant, UUID performanceId) {
        Room room = new Room(tenant, performanceId);
        String queueToken = newQueueToken();
        return store.join(room, queueToken).flatMap(joined -> joined.position() > joined.admittedUpTo()
                ? Mono.just(QueueEntryView.waiting(queueToken, joined.position(), joined.admittedUpTo()))
                : entry(room, queueToken));
    }

    /** Empty for an unknown queue token. */
    Mono<QueueEntryView> entry(TenantId tenant, UUID performanceId, String queueToken) {
        return entry(new Room(tenant, performanceId), queueToken);
    }

    Mono<RoomView> switchRoom(TenantId tenant, UUID performanceId, boolean active, Long admissionsPerSecond) {
        Room room = new Room(tenant, performanceId);
        Mono<?> change = active
                ? store.activate(room, admissionsPerSecond == null ? properties.admissionsPerSecond() : admissionsPerSecond, false)
                : store.deactivate(room);
        return change.then(store.state(room)).map(state -> RoomView.of(performanceId, state));
    }

    private Mono<QueueEntryView> entry(Room room, String queueToken) {
        Instant now = clock.instant();
        return store.entry(room, queueToken, now).map(entry -> {
            if (entry.admittedAt() == null) {
                return QueueEntryView.waiting(queueToken, entry.position(), entry.admittedUpTo());
            }
            Instant expiresAt = entry.admittedAt().plus(properties.admissionValidity());
            if (!now.isBefore(expiresAt)) {
                return new QueueEntryView(queueToken, entry.position(), 0, QueueEntryView.Status.EXPIRED, null, expiresAt);
            }
            String admission = tokens.sign(new Admission(room.tenant(), room.performanceId(), entry.position(), expiresAt));
            return new QueueEntryView(queueToken, entry.position(), 0, QueueEntryView.Status.ADMITTED, admission, expiresAt);
        });
    }

    /** 128 random bits: the queue token is the buyer's only proof of its place. */
    private String newQueueToken() {
        byte[] bytes = new byte[QUEUE_TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
