package io.admitone.query.catalog.event;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.catalog.event.EventStatus;
import io.admitone.kernel.organisation.TenantId;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.util.Set;

import static io.admitone.schema.jooq.Tables.EVENT;
import static io.admitone.schema.jooq.Tables.TICKET_TYPE;

/**
 * Who reads the catalog: the organisation's staff, or the public. Anyone else — anonymous buyers, and callers
 * signed in for other organisations — reads what buyers read, so a draft is as absent to them as an unknown id.
 */
enum Audience {
    STAFF, PUBLIC;

    static Audience of(Caller caller, TenantId tenant) {
        boolean staff = caller != null && (caller.platformAdmin()
                || Operation.CATALOG_READ.allowedFor(caller.memberships().getOrDefault(tenant, Set.of())));
        return staff ? STAFF : PUBLIC;
    }

    Condition seesEvent() {
        return this == STAFF ? DSL.noCondition() : EVENT.STATUS.eq(EventStatus.PUBLISHED.name());
    }

    Condition seesTicketType() {
        return this == STAFF ? DSL.noCondition() : TICKET_TYPE.VISIBLE.isTrue();
    }
}
