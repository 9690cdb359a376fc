package io.admitone.query.audit.chain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.UUID;

/**
 * What a verification found: whether the whole chain holds, how many linked events it checked before the first break
 * (all of them when there is none), the head it checked up to, how many of the organisation's events the chain's
 * processor has not read yet, and the earliest break in the stream.
 */
public record ChainReport(boolean verified, long events, Head head, long unchained, Break firstBreak) {

    /** The last link: its event's position and its hash in hex; null for a chain with no link yet. */
    public record Head(long position, long sequence, String hash) {
    }

    /**
     * Where the chain breaks: the link's event position and id, why, the hash the link holds ({@code expectedHash})
     * and the hash the event store's event gives now ({@code actualHash}, null when there is no event to hash).
     */
    public record Break(long position, UUID eventId, Reason reason, String expectedHash, String actualHash) {
    }

    public enum Reason {
        /** The stored event no longer hashes to its link. */
        CHANGED,
        /** A link's event is gone from the event store, or a link is gone from the chain. */
        MISSING,
        /** An event of the organisation that the chain's processor has read has no link. */
        UNLINKED;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
