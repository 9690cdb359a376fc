package io.admitone.server.waitingroom;

/**
 * The Lua scripts that change a room. Each runs atomically in Redis, which is what makes positions unique and
 * admissions exact with any number of server instances.
 */
final class RoomScripts {

    /**
     * KEYS: active, sequence, admitted, entries, admitted-at; ARGV: queue token, retention (ms). A fresh sequence
     * also starts the watermark afresh. While the room is off, the new entry is admitted at once.
     */
    static final String JOIN = """
            local position = redis.call('INCR', KEYS[2])
            if position == 1 then redis.call('DEL', KEYS[3], KEYS[5]) end
            redis.call('HSET', KEYS[4], ARGV[1], position)
            local admitted = tonumber(redis.call('GET', KEYS[3]) or '0')
            if redis.call('EXISTS', KEYS[1]) == 0 and position > admitted then
              admitted = position
              redis.call('SET', KEYS[3], admitted)
            end
            for i = 2, 4 do redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
            return {position, admitted}
            """;

    /**
     * KEYS: entries, admitted, admitted-at; ARGV: queue token, now (ms), retention (ms). Answers position,
     * watermark and the time the admission was first seen (-1 while waiting); an empty list for an unknown token.
     */
    static final String STATUS = """
            local position = redis.call('HGET', KEYS[1], ARGV[1])
            if not position then return {} end
            position = tonumber(position)
            local admitted = tonumber(redis.call('GET', KEYS[2]) or '0')
            if position > admitted then return {position, admitted, -1} end
            redis.call('HSETNX', KEYS[3], ARGV[1], ARGV[2])
            redis.call('PEXPIRE', KEYS[3], ARGV[3])
            return {position, admitted, tonumber(redis.call('HGET', KEYS[3], ARGV[1]))}
            """;

    /**
     * KEYS: active, sequence, admitted, clock; ARGV: retention (ms). Grants the admissions earned since the clock
     * at the room's rate, by Redis's own time, and moves the clock by what it granted; a fraction carries over.
     * Whichever instance runs it, and however often, the same time never earns twice. With nobody left waiting
     * the clock catches up, so that an empty queue saves no admissions for later.
     */
    static final String ADVANCE = """
            local rate = tonumber(redis.call('GET', KEYS[1]))
            if not rate then return 0 end
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local clock = tonumber(redis.call('GET', KEYS[4]))
            if not clock then
              redis.call('SET', KEYS[4], now, 'PX', ARGV[1])
              return 0
            end
            local earned = math.floor((now - clock) * rate / 1000)
            if earned < 1 then return 0 end
            local sequence = tonumber(redis.call('GET', KEYS[2]) or '0')
            local admitted = tonumber(redis.call('GET', KEYS[3]) or '0')
            local upTo = math.min(admitted + earned, sequence)
            if upTo > admitted then redis.call('SET', KEYS[3], upTo, 'PX', ARGV[1]) end
            if upTo == sequence then clock = now else clock = clock + math.floor(earned * 1000 / rate) end
            redis.call('SET', KEYS[4], clock, 'PX', ARGV[1])
            return upTo - admitted
            """;

    /** KEYS: active, sequence, admitted; ARGV: retention (ms). Switching off admits everyone waiting. */
    static final String DEACTIVATE = """
            redis.call('DEL', KEYS[1])
            local sequence = redis.call('GET', KEYS[2])
            if sequence then redis.call('SET', KEYS[3], sequence, 'PX', ARGV[1]) end
            return 1
            """;

    private RoomScripts() {
    }
}
