package io.admitone.query.audit;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.ListParameters;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.paging.SortKey;
import io.admitone.query.paging.Sorting;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.SortField;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.AUDIT_EVENT;

/**
 * An organisation's audit trail for finance: a page of events in stream order like every list, or, asked for
 * {@code application/x-ndjson}, every matching event as one JSON object a line, read from the database a few thousand
 * at a time so that an export of any length holds only a page or two in memory.
 */
@RestController
class AuditTrailQueryController {

    static final String EVENTS = "/api/v1/orgs/{orgId}/audit/events";
    static final int EXPORT_PAGE = 2000;

    private static final Sorting<AuditEventView> SORTS = Sorting.of(AUDIT_EVENT.EVENT_ID, AuditEventView::eventId,
            new SortKey<>("position", AUDIT_EVENT.POSITION, event -> Long.toString(event.position())));

    private final TenantScopedQueries queries;

    AuditTrailQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = EVENTS, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<CursorPage<AuditEventView>> events(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                            ListParameters page, AuditFilter filter) {
        TenantId tenant = financeOf(caller, orgId);
        Condition condition = filter.condition();
        ListQuery<AuditEventView> list = page.against(SORTS);
        return queries.read(tenant, db -> select(db, tenant, condition.and(list.after()), list.orderBy(),
                list.fetchSize())).map(list::page);
    }

    @GetMapping(path = EVENTS, produces = MediaType.APPLICATION_NDJSON_VALUE)
    Flux<AuditEventView> export(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                AuditFilter filter) {
        TenantId tenant = financeOf(caller, orgId);
        Condition condition = filter.condition();
        return exportPage(tenant, condition, null)
                .expand(rows -> rows.size() < EXPORT_PAGE ? Mono.empty()
                        : exportPage(tenant, condition, rows.getLast().position()))
                .concatMapIterable(rows -> rows, 1);
    }

    private static TenantId financeOf(Caller caller, UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.FINANCE_READ);
        return tenant;
    }

    /** The next page of an export: the matching events after {@code after} (from the first when null). */
    private Mono<List<AuditEventView>> exportPage(TenantId tenant, Condition condition, Long after) {
        Condition next = after == null ? condition : condition.and(AUDIT_EVENT.POSITION.gt(after));
        return queries.read(tenant, db -> select(db, tenant, next, List.of(AUDIT_EVENT.POSITION.asc()), EXPORT_PAGE));
    }

    private static List<AuditEventView> select(DSLContext db, TenantId tenant, Condition condition,
                                               List<? extends SortField<?>> order, int limit) {
        return db.select(AUDIT_EVENT.POSITION, AUDIT_EVENT.EVENT_ID, AUDIT_EVENT.PAYLOAD_TYPE,
                        AUDIT_EVENT.AGGREGATE_TYPE, AUDIT_EVENT.AGGREGATE_ID, AUDIT_EVENT.SEQUENCE_NUMBER,
                        AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.PAYLOAD, AUDIT_EVENT.METADATA)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.TENANT_ID.eq(tenant.value()).and(condition))
                .orderBy(order)
                .limit(limit)
                .fetch(Records.mapping(AuditEventView::of));
    }
}
