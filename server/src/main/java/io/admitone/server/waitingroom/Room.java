package io.admitone.server.waitingroom;

import io.admitone.kernel.organisation.TenantId;

import java.util.List;
import java.util.UUID;

/**
 * The waiting room of one performance and the names of its keys in Redis. The braces make every key of a room
 * hash to the same Redis Cluster slot, so that one script may touch them all.
 */
record Room(TenantId tenant, UUID performanceId) {

    static final String PREFIX = "admitone:waiting-room:";
    /** The rooms that are active, as {@code tenant:performance}, for the admission ticker to walk. */
    static final String ACTIVE_ROOMS = PREFIX + "active-rooms";

    static Room parse(String member) {
        int colon = member.indexOf(':');
        return new Room(TenantId.of(member.substring(0, colon)), UUID.fromString(member.substring(colon + 1)));
    }

    String member() {
        return tenant + ":" + performanceId;
    }

    /** Present while the room is active; its value is the room's admissions per second. */
    String active() {
        return key("active");
    }

    /** The last position handed out. */
    String sequence() {
        return key("sequence");
    }

    /** Every position up to this one is admitted. */
    String admitted() {
        return key("admitted");
    }

    /** Redis time (milliseconds) up to which admissions have been granted. */
    String clock() {
        return key("clock");
    }

    /** Queue token to position. */
    String entries() {
        return key("entries");
    }

    /** Queue token to the time its admission was first seen, which starts the admission's validity. */
    String admittedAt() {
        return key("admitted-at");
    }

    /** Marks a position's admission as used. */
    String used(long position) {
        return key("used:" + position);
    }

    /** Rate limiter counting hold attempts, named with its threshold so that a changed one starts afresh. */
    String attempts(long threshold) {
        return key("attempts:" + threshold + "/s");
    }

    List<Object> keys(String... keys) {
        return List.of((Object[]) keys);
    }

    private String key(String name) {
        return PREFIX + "{" + member() + "}:" + name;
    }
}
