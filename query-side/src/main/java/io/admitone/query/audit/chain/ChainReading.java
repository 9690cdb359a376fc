package io.admitone.query.audit.chain;

import org.jooq.DSLContext;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far the chain's processor has read the event stream, from its stored token: up to {@code index}, less the
 * gaps it still waits for (positions taken by transactions that had not committed when it read past them). An event
 * it has read is linked in the same transaction that stores the token, so an unlinked event it has read is a break;
 * one it has not read yet is only waiting, wherever it stands, since a late commit is linked after the head.
 */
record ChainReading(long index, Set<Long> gaps) {

    /** The processing group of the chain's processor, as the projections name it. */
    static final String PROCESSOR = "audit-chain";

    private static final ChainReading NOTHING = new ChainReading(-1, Set.of());
    private static final String TOKEN = """
            select coalesce(token ->> 'index', token ->> 'globalIndex')::bigint,
                   array(select jsonb_array_elements_text(coalesce(token -> 'gaps', '[]'))::bigint)
            from (select convert_from(token, 'UTF8')::jsonb as token from axon.token_entry
                  where processor_name = ? and token_type in (
                      'org.axonframework.eventhandling.GapAwareTrackingToken',
                      'org.axonframework.eventhandling.GlobalSequenceTrackingToken')) stored""";

    static ChainReading of(DSLContext db) {
        return db.resultQuery(TOKEN, PROCESSOR)
                .fetchOptional(row -> new ChainReading(row.get(0, Long.class),
                        new TreeSet<>(List.of(row.get(1, Long[].class)))))
                .orElse(NOTHING);
    }

    boolean read(long position) {
        return position <= index && !gaps.contains(position);
    }
}
