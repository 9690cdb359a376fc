package io.admitone.query.audit.chain;

import io.admitone.kernel.organisation.TenantId;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Recomputes an organisation's chain from the event store, the source of truth, and compares it with the links. The
 * links are walked in chain order, each with the event at its position, and then the organisation's events that have
 * no link, each judged against how far the chain's processor has read; both are read a few hundred rows at a time, so
 * a history of any length is never held in memory. One read-only snapshot holds the links, the processor's token and
 * the events together, so a batch of links committing meanwhile is seen whole or not at all.
 */
@Component
public class ChainVerifier {

    private static final int FETCH_SIZE = 500;
    private static final String LINKS = """
            select l.position as link_position, l.sequence, l.event_id as link_event_id, l.hash, %s
            from audit.chain_link l left join axon.domain_event_entry e on e.global_index = l.position
            where l.tenant_id = ?
            order by l.sequence""".formatted(StoredEvent.COLUMNS);
    // An organisation's events carry its id as their top-level tenantId; the text search narrows the store to them
    // cheaply, and each candidate's JSON is checked before it counts.
    private static final String UNLINKED = """
            select e.global_index, e.event_identifier, e.payload
            from axon.domain_event_entry e
            where position(? in e.payload) > 0
              and not exists (select from audit.chain_link l where l.position = e.global_index)
            order by e.global_index""";

    private final DSLContext db;

    public ChainVerifier(DSLContext db) {
        this.db = db;
    }

    /** A verifier on its own connection pool, for the command line. */
    public static ChainVerifier over(DataSource dataSource) {
        return new ChainVerifier(DSL.using(dataSource, SQLDialect.POSTGRES));
    }

    public ChainReport verify(TenantId tenant) {
        return db.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            tx.execute("set transaction isolation level repeatable read, read only");
            ChainCheck check = new ChainCheck(tenant, head(tx, tenant), ChainReading.of(tx));
            walk(tx.resultQuery(LINKS, tenant.value()), check::link);
            walk(tx.resultQuery(UNLINKED, needle(tenant)), check::unlinked);
            return check.report();
        });
    }

    private static void walk(ResultQuery<Record> query, Consumer<Record> check) {
        try (Cursor<Record> rows = query.fetchSize(FETCH_SIZE).fetchLazy()) {
            rows.forEach(check);
        }
    }

    private static Optional<ChainReport.Head> head(DSLContext tx, TenantId tenant) {
        return tx.resultQuery("select position, sequence, hash from audit.chain_head where tenant_id = ?",
                        tenant.value())
                .fetchOptional(row -> new ChainReport.Head(row.get(0, Long.class), row.get(1, Long.class),
                        ChainCheck.hex(row.get(2, byte[].class))));
    }

    private static byte[] needle(TenantId tenant) {
        return ("\"tenantId\":\"" + tenant.value() + "\"").getBytes(StandardCharsets.UTF_8);
    }

    /** The organisation with this id or slug. */
    public Optional<UUID> organisation(String idOrSlug) {
        try {
            return Optional.of(UUID.fromString(idOrSlug));
        } catch (IllegalArgumentException notAnId) {
            return db.resultQuery("select tenant_id from command.organisation_slug where slug = ?", idOrSlug)
                    .fetchOptional(0, UUID.class);
        }
    }

    /** The organisations that have a chain, for verifying them all. */
    public List<UUID> chainedOrganisations() {
        return db.resultQuery("select tenant_id from audit.chain_head order by tenant_id").fetch(0, UUID.class);
    }
}
