package io.admitone.projections.audit.chain;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep4;
import org.jooq.InsertValuesStep5;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The chain's tables in the {@code audit} schema, which are not read models and so have no generated classes. Links
 * are inserted many rows to a statement, in chunks that stay within PostgreSQL's limit of bind values.
 */
@Component
class ChainLinks {

    private static final int ROWS_PER_STATEMENT = 2000;
    private static final Table<?> LINK = DSL.table(DSL.name("audit", "chain_link"));
    private static final Table<?> HEAD = DSL.table(DSL.name("audit", "chain_head"));
    private static final Field<UUID> TENANT_ID = DSL.field(DSL.name("tenant_id"), SQLDataType.UUID);
    private static final Field<Long> SEQUENCE = DSL.field(DSL.name("sequence"), SQLDataType.BIGINT);
    private static final Field<Long> POSITION = DSL.field(DSL.name("position"), SQLDataType.BIGINT);
    private static final Field<UUID> EVENT_ID = DSL.field(DSL.name("event_id"), SQLDataType.UUID);
    private static final Field<byte[]> HASH = DSL.field(DSL.name("hash"), SQLDataType.BLOB);

    private final DSLContext db;

    ChainLinks(DSLContext db) {
        this.db = db;
    }

    /** The organisation's head, or the empty chain's. */
    ChainHead head(UUID tenant) {
        return db.select(SEQUENCE, POSITION, HASH).from(HEAD).where(TENANT_ID.eq(tenant))
                .fetchOptional(row -> new ChainHead(row.value1(), row.value2(), row.value3()))
                .orElse(ChainHead.EMPTY);
    }

    /** Those of these positions that are linked in some chain. */
    Set<Long> linkedAmong(Collection<Long> positions) {
        return db.select(POSITION).from(LINK).where(POSITION.in(positions)).fetchSet(POSITION);
    }

    void write(List<ChainLink> links, Map<UUID, ChainHead> heads) {
        for (int from = 0; from < links.size(); from += ROWS_PER_STATEMENT) {
            insert(links.subList(from, Math.min(from + ROWS_PER_STATEMENT, links.size())));
        }
        if (!heads.isEmpty()) {
            moveHeads(heads);
        }
    }

    private void insert(List<ChainLink> links) {
        InsertValuesStep5<?, UUID, Long, Long, UUID, byte[]> insert =
                db.insertInto(LINK, TENANT_ID, SEQUENCE, POSITION, EVENT_ID, HASH);
        links.forEach(link -> insert.values(link.tenantId(), link.sequence(), link.position(), link.eventId(),
                link.hash()));
        insert.execute();
    }

    private void moveHeads(Map<UUID, ChainHead> heads) {
        InsertValuesStep4<?, UUID, Long, Long, byte[]> upsert = db.insertInto(HEAD, TENANT_ID, SEQUENCE, POSITION,
                HASH);
        heads.forEach((tenant, head) -> upsert.values(tenant, head.sequence(), head.position(), head.hash()));
        upsert.onConflict(TENANT_ID).doUpdate()
                .set(SEQUENCE, DSL.excluded(SEQUENCE))
                .set(POSITION, DSL.excluded(POSITION))
                .set(HASH, DSL.excluded(HASH))
                .execute();
    }
}
