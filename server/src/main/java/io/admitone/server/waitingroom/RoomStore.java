package io.admitone.server.waitingroom;

import org.redisson.api.RScript;
import org.redisson.api.RScriptReactive;
import org.redisson.api.RateType;
import org.redisson.api.RedissonReactiveClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every read and write of waiting rooms in Redis, in one round trip each. Answers are passed on off the Redis
 * client's I/O threads, so that what callers do with them (signing tokens, writing responses) never holds those up.
 */
@Component
class RoomStore {

    record Joined(long position, long admittedUpTo) {
    }

    /** {@code admittedAt} is null while the entry waits. */
    record Entry(long position, long admittedUpTo, Instant admittedAt) {
    }

    /** {@code admissionsPerSecond} is 0 while the room is off. */
    record State(long admissionsPerSecond, long lastPosition, long admittedUpTo) {
    }

    private final RedissonReactiveClient redis;
    private final RScriptReactive scripts;
    private final String retention;

    RoomStore(RedissonReactiveClient redis, WaitingRoomProperties properties) {
        this.redis = redis;
        this.scripts = redis.getScript(StringCodec.INSTANCE);
        this.retention = Long.toString(properties.retention().toMillis());
    }

    /**
     * Switches the room on at the given rate; {@code keepRate} leaves a room that is already on as it is. True
     * when the room was off.
     */
    Mono<Boolean> activate(Room room, long admissionsPerSecond, boolean keepRate) {
        var active = redis.getBucket(room.active(), StringCodec.INSTANCE);
        String rate = Long.toString(admissionsPerSecond);
        Mono<Boolean> wasOff = keepRate ? active.setIfAbsent(rate) : active.getAndSet(rate).map(previous -> false)
                .defaultIfEmpty(true);
        return wasOff.flatMap(off -> redis.getSet(Room.ACTIVE_ROOMS, StringCodec.INSTANCE).add(room.member())
                .thenReturn(off));
    }

    Mono<Void> deactivate(Room room) {
        return scripts.eval(RScript.Mode.READ_WRITE, RoomScripts.DEACTIVATE, RScript.ReturnType.LONG,
                        room.keys(room.active(), room.sequence(), room.admitted()), retention)
                .then(redis.getSet(Room.ACTIVE_ROOMS, StringCodec.INSTANCE).remove(room.member()))
                .then();
    }

    Mono<Boolean> isActive(Room room) {
        return redis.getBucket(room.active(), StringCodec.INSTANCE).isExists().publishOn(Schedulers.parallel());
    }

    Mono<State> state(Room room) {
        return redis.getBuckets(StringCodec.INSTANCE).<String>get(room.active(), room.sequence(), room.admitted())
                .publishOn(Schedulers.parallel())
                .map(values -> new State(number(values, room.active()), number(values, room.sequence()),
                        number(values, room.admitted())));
    }

    Mono<Joined> join(Room room, String queueToken) {
        return scripts.<List<Long>>eval(RScript.Mode.READ_WRITE, RoomScripts.JOIN, RScript.ReturnType.LIST,
                        room.keys(room.active(), room.sequence(), room.admitted(), room.entries(), room.admittedAt()),
                        queueToken, retention)
                .publishOn(Schedulers.parallel())
                .map(result -> new Joined(result.get(0), result.get(1)));
    }

    /** The entry of a queue token, empty for an unknown one; the first look after admission records its time. */
    Mono<Entry> entry(Room room, String queueToken, Instant now) {
        return scripts.<List<Long>>eval(RScript.Mode.READ_WRITE, RoomScripts.STATUS, RScript.ReturnType.LIST,
                        room.keys(room.entries(), room.admitted(), room.admittedAt()),
                        queueToken, Long.toString(now.toEpochMilli()), retention)
                .publishOn(Schedulers.parallel())
                .filter(result -> !result.isEmpty())
                .map(result -> new Entry(result.get(0), result.get(1),
                        result.get(2) < 0 ? null : Instant.ofEpochMilli(result.get(2))));
    }

    /** Admits whoever the room's rate allows by now; answers how many. */
    Mono<Long> advance(Room room) {
        return scripts.eval(RScript.Mode.READ_WRITE, RoomScripts.ADVANCE, RScript.ReturnType.LONG,
                room.keys(room.active(), room.sequence(), room.admitted(), room.clock()), retention);
    }

    Flux<Room> activeRooms() {
        return redis.<String>getSet(Room.ACTIVE_ROOMS, StringCodec.INSTANCE).iterator().map(Room::parse);
    }

    /** Marks a position's admission used; true only for the first caller. */
    Mono<Boolean> use(Room room, long position, Duration keep) {
        return redis.getBucket(room.used(position), StringCodec.INSTANCE).setIfAbsent("used", keep)
                .publishOn(Schedulers.parallel());
    }

    /** Counts a hold attempt; false when the room's attempts exceed {@code perSecond}. */
    Mono<Boolean> attempt(Room room, long perSecond) {
        var limiter = redis.getRateLimiter(room.attempts(perSecond));
        return limiter.tryAcquire().onErrorResume(RoomStore::notInitialised, uninitialised -> limiter
                .trySetRate(RateType.OVERALL, perSecond, Duration.ofSeconds(1), Duration.ofMinutes(10))
                .then(limiter.tryAcquire())).publishOn(Schedulers.parallel());
    }

    private static boolean notInitialised(Throwable error) {
        return String.valueOf(error.getMessage()).contains("RateLimiter is not initialized");
    }

    private static long number(Map<String, String> values, String key) {
        String value = values.get(key);
        return value == null ? 0 : Long.parseLong(value);
    }
}
