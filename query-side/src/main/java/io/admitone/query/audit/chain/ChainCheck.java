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
 * One verification walking the rows of {@link ChainVerifier}: each link's event hashed onto the hash before it and
 * compared with the link, until the first break; events without a link counted as not linked yet after the head, or
 * as a break before it.
 */
final class ChainCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TenantId tenant;
    private final Optional<ChainReport.Head> head;
    private byte[] previous = AuditChain.genesis();
    private long linked;
    private long unchained;
    private ChainReport.Break firstBreak;

    ChainCheck(TenantId tenant, Optional<ChainReport.Head> head) {
        this.tenant = tenant;
        this.head = head;
    }

    void accept(Record row) {
        Long sequence = row.get("sequence", Long.class);
        if (sequence != null) {
            link(row, sequence);
        } else if (ofTheOrganisation(row.get("payload", byte[].class))) {
            unlinked(row);
        }
    }

    ChainReport report() {
        long chained = head.map(ChainReport.Head::sequence).orElse(0L);
        if (firstBreak == null && linked < chained) {
            // links at the end of the chain are gone, with or without their events
            ChainReport.Head last = head.orElseThrow();
            firstBreak = new ChainReport.Break(last.position(), null, ChainReport.Reason.MISSING, last.hash(), null);
        }
        return new ChainReport(firstBreak == null, linked, head.orElse(null), unchained, firstBreak);
    }

    private void link(Record row, long sequence) {
        if (firstBreak != null) {
            return;
        }
        long position = row.get("link_position", Long.class);
        UUID eventId = row.get("link_event_id", UUID.class);
        byte[] stored = row.get("hash", byte[].class);
        if (sequence != linked + 1 || row.get("global_index") == null) {
            firstBreak = new ChainReport.Break(position, eventId, ChainReport.Reason.MISSING, hex(stored), null);
            return;
        }
        byte[] actual = hash(StoredEvent.of(row));
        if (!Arrays.equals(actual, stored)) {
            firstBreak = new ChainReport.Break(position, eventId, ChainReport.Reason.CHANGED, hex(stored), hex(actual));
            return;
        }
        previous = stored;
        linked++;
    }

    private void unlinked(Record row) {
        long position = row.get("at", Long.class);
        if (head.isEmpty() || position > head.get().position()) {
            unchained++;
        } else if (firstBreak == null) {
            firstBreak = new ChainReport.Break(position, UUID.fromString(row.get("event_identifier", String.class)),
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
