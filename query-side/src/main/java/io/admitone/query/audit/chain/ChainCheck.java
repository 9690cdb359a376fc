package io.admitone.query.audit.chain;

import io.admitone.kernel.audit.AuditChain;
import io.admitone.kernel.audit.AuditedEvent;
import io.admitone.kernel.organisation.TenantId;
import org.jooq.Record;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * One verification walking the rows of {@link ChainVerifier}: each link, in chain order, its event hashed onto the
 * hash before it and compared with the link, until the first break; then the events without a link, counted as not
 * linked yet while the chain's processor has not read them, or as a break once it has.
 */
final class ChainCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TenantId tenant;
    private final Optional<ChainReport.Head> head;
    private final ChainReading reading;
    private byte[] previous = AuditChain.genesis();
    private long linked;
    private long unchained;
    private ChainReport.Break linkBreak;
    private ChainReport.Break unlinkedBreak;

    ChainCheck(TenantId tenant, Optional<ChainReport.Head> head, ChainReading reading) {
        this.tenant = tenant;
        this.head = head;
        this.reading = reading;
    }

    /** The break earlier in the stream, when both walks found one: a removed link shows as its unlinked event. */
    ChainReport report() {
        long chained = head.map(ChainReport.Head::sequence).orElse(0L);
        if (linkBreak == null && linked < chained) {
            // links at the end of the chain are gone, with or without their events
            ChainReport.Head last = head.orElseThrow();
            linkBreak = new ChainReport.Break(last.position(), null, ChainReport.Reason.MISSING, last.hash(), null);
        }
        ChainReport.Break firstBreak = linkBreak == null || unlinkedBreak != null
                && unlinkedBreak.position() < linkBreak.position() ? unlinkedBreak : linkBreak;
        return new ChainReport(firstBreak == null, linked, head.orElse(null), unchained, firstBreak);
    }

    void link(Record row) {
        if (linkBreak != null) {
            return;
        }
        long sequence = row.get("sequence", Long.class);
        long position = row.get("link_position", Long.class);
        UUID eventId = row.get("link_event_id", UUID.class);
        byte[] stored = row.get("hash", byte[].class);
        if (sequence != linked + 1 || row.get("global_index") == null) {
            linkBreak = new ChainReport.Break(position, eventId, ChainReport.Reason.MISSING, hex(stored), null);
            return;
        }
        byte[] actual = hash(StoredEvent.of(row));
        if (!Arrays.equals(actual, stored)) {
            linkBreak = new ChainReport.Break(position, eventId, ChainReport.Reason.CHANGED, hex(stored), hex(actual));
            return;
        }
        previous = stored;
        linked++;
    }

    void unlinked(Record row) {
        if (!ofTheOrganisation(row.get("payload", byte[].class))) {
            return;
        }
        long position = row.get("global_index", Long.class);
        if (!reading.read(position)) {
            unchained++;
        } else if (unlinkedBreak == null) {
            unlinkedBreak = new ChainReport.Break(position, UUID.fromString(row.get("event_identifier", String.class)),
                    ChainReport.Reason.UNLINKED, null, null);
        }
    }

    private byte[] hash(AuditedEvent event) {
        try {
            return AuditChain.link(previous, event);
        } catch (AuditChain.NotCanonicalizable notJson) {
            return null;
        }
    }

    /** Whether a candidate found by text search is the organisation's: its top-level tenantId, or no JSON at all. */
    private boolean ofTheOrganisation(byte[] payload) {
        try {
            JsonNode tenantId = JSON.readTree(payload).get("tenantId");
            return tenantId != null && tenant.value().toString().equals(tenantId.asString());
        } catch (JacksonException notJson) {
            return true;
        }
    }

    static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }
}
