package io.admitone.query.audit.chain;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.paging.SortKey;
import io.admitone.query.paging.Sorting;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs chain heads and keeps the checkpoints. A head is signed once ({@code unique (tenant_id, sequence)}), so
 * instances that sign at the same moment write one checkpoint; the periodic round also takes an advisory lock, so
 * that only one instance at a time signs, and skips organisations signed within half an interval.
 */
@Component
public class ChainCheckpoints {

    static final Sorting<CheckpointView> SORTS = Sorting.of(Columns.CHECKPOINT_ID, CheckpointView::checkpointId,
            new SortKey<>("sequence", Columns.SEQUENCE, view -> Long.toString(view.sequence()))).descendingByDefault();
    // any constant of the application's own; both sides of a scaled-out deployment use the same
    private static final long ROUND_LOCK = 0x61756469745f6370L;

    private final DSLContext db;
    private final CheckpointSigner signer;
    private final Clock clock;

    ChainCheckpoints(DSLContext db, CheckpointSigner signer, Clock clock) {
        this.db = db;
        this.signer = signer;
        this.clock = clock;
    }

    /** A head's checkpoint, and whether it was signed just now rather than found signed already. */
    public record Signed(CheckpointView checkpoint, boolean created) {
    }

    /** The organisation's head signed now, or its checkpoint when it was signed already; empty with no chain. */
    public Optional<Signed> checkpoint(TenantId tenant) {
        return db.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            return heads(tx, Columns.TENANT_ID.eq(tenant.value())).stream().findFirst()
                    .map(head -> signed(tx, head));
        });
    }

    /** Signs each head that moved since its last checkpoint, unless another instance is signing; how many it signed. */
    public int checkpointMovedHeads(Duration interval) {
        return db.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            if (!tx.select(DSL.field("pg_try_advisory_xact_lock({0})", Boolean.class, ROUND_LOCK)).fetchSingle()
                    .value1()) {
                return 0;
            }
            Instant recent = clock.instant().minus(interval.dividedBy(2));
            List<CheckpointClaims> moved = heads(tx, DSL.notExists(DSL.selectOne().from(Columns.CHECKPOINT)
                    .where(Columns.TENANT_ID.eq(DSL.field(DSL.name("h", "tenant_id"), SQLDataType.UUID)))
                    .and(Columns.SEQUENCE.ge(DSL.field(DSL.name("h", "sequence"), SQLDataType.BIGINT))
                            .or(Columns.CHECKED_AT.gt(recent)))));
            return (int) moved.stream().filter(head -> signed(tx, head).created()).count();
        });
    }

    public List<CheckpointView> page(TenantId tenant, ListQuery<CheckpointView> list) {
        return db.select(Columns.CHECKPOINT_ID, Columns.SEQUENCE, Columns.POSITION, Columns.HASH, Columns.CHECKED_AT,
                        Columns.JWS)
                .from(Columns.CHECKPOINT)
                .where(Columns.TENANT_ID.eq(tenant.value()).and(list.after()))
                .orderBy(list.orderBy())
                .limit(list.fetchSize())
                .fetch(ChainCheckpoints::view);
    }

    private List<CheckpointClaims> heads(DSLContext tx, Condition which) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return tx.resultQuery("select tenant_id, sequence, position, hash from audit.chain_head h where {0}", which)
                .fetch(row -> new CheckpointClaims(row.get(0, UUID.class), row.get(1, Long.class),
                        row.get(2, Long.class), ChainCheck.hex(row.get(3, byte[].class)), now));
    }

    private Signed signed(DSLContext tx, CheckpointClaims head) {
        int created = tx.insertInto(Columns.CHECKPOINT, Columns.CHECKPOINT_ID, Columns.TENANT_ID, Columns.SEQUENCE,
                        Columns.POSITION, Columns.HASH, Columns.CHECKED_AT, Columns.JWS)
                .values(UUID.randomUUID(), head.org(), head.sequence(), head.position(),
                        HexFormat.of().parseHex(head.hash()), head.checkedAt(), signer.sign(head))
                .onConflictDoNothing()
                .execute();
        return tx.select(Columns.CHECKPOINT_ID, Columns.SEQUENCE, Columns.POSITION, Columns.HASH, Columns.CHECKED_AT,
                        Columns.JWS)
                .from(Columns.CHECKPOINT)
                .where(Columns.TENANT_ID.eq(head.org()), Columns.SEQUENCE.eq(head.sequence()))
                .fetchSingle(row -> new Signed(view(row), created == 1));
    }

    private static CheckpointView view(Record row) {
        return new CheckpointView(row.get(Columns.CHECKPOINT_ID), row.get(Columns.SEQUENCE),
                row.get(Columns.POSITION), ChainCheck.hex(row.get(Columns.HASH)), row.get(Columns.CHECKED_AT),
                row.get(Columns.JWS));
    }

    /** {@code audit.checkpoint}, which is no read model and so has no generated class. */
    private static final class Columns {
        static final Table<?> CHECKPOINT = DSL.table(DSL.name("audit", "checkpoint"));
        static final Field<UUID> CHECKPOINT_ID = DSL.field(DSL.name("checkpoint_id"), SQLDataType.UUID);
        static final Field<UUID> TENANT_ID = DSL.field(DSL.name("tenant_id"), SQLDataType.UUID);
        static final Field<Long> SEQUENCE = DSL.field(DSL.name("sequence"), SQLDataType.BIGINT);
        static final Field<Long> POSITION = DSL.field(DSL.name("position"), SQLDataType.BIGINT);
        static final Field<byte[]> HASH = DSL.field(DSL.name("hash"), SQLDataType.BLOB);
        static final Field<Instant> CHECKED_AT = DSL.field(DSL.name("checked_at"), SQLDataType.INSTANT);
        static final Field<String> JWS = DSL.field(DSL.name("jws"), SQLDataType.CLOB);
    }
}
