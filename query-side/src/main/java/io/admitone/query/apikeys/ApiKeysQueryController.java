package io.admitone.query.apikeys;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.apikey.ApiKeyKind;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.access.ApiKeyDirectory;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.FilterValues;
import io.admitone.query.paging.ListParameters;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.paging.SortKey;
import io.admitone.query.paging.Sorting;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Condition;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.API_KEY;

/** An organisation's API keys without their secrets, revoked ones included unless {@code revoked=false}. */
@RestController
class ApiKeysQueryController {

    private static final Sorting<ApiKeyView> SORTS = Sorting.of(API_KEY.KEY_ID, ApiKeyView::id,
            new SortKey<>("createdAt", API_KEY.CREATED_AT, k -> k.createdAt().toString()),
            new SortKey<>("name", API_KEY.NAME, ApiKeyView::name));

    private final TenantScopedQueries queries;
    private final ApiKeyDirectory directory;

    ApiKeysQueryController(TenantScopedQueries queries, ApiKeyDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    @GetMapping("/api/v1/orgs/{orgId}/api-keys")
    Mono<CursorPage<ApiKeyView>> keys(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      ListParameters page, @RequestParam(required = false) String kind,
                                      @RequestParam(required = false) Boolean revoked) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.API_KEYS_MANAGE);
        ApiKeyKind ofKind = FilterValues.oneOf("kind", kind, ApiKeyKind.class);
        Condition filter = DSL.and(ofKind == null ? DSL.noCondition() : API_KEY.KIND.eq(ofKind.apiName()),
                revoked == null ? DSL.noCondition()
                        : revoked ? API_KEY.REVOKED_AT.isNotNull() : API_KEY.REVOKED_AT.isNull());
        ListQuery<ApiKeyView> list = page.against(SORTS);
        return select(tenant, filter.and(list.after()), list.orderBy(), list.fetchSize()).map(list::page);
    }

    @GetMapping("/api/v1/orgs/{orgId}/api-keys/{keyId}")
    Mono<ApiKeyView> key(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId, @PathVariable UUID keyId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.API_KEYS_MANAGE);
        return select(tenant, API_KEY.KEY_ID.eq(keyId), List.of(), 1)
                .flatMap(rows -> rows.isEmpty()
                        ? Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No API key " + keyId))
                        : Mono.just(rows.getFirst()));
    }

    private Mono<List<ApiKeyView>> select(TenantId tenant, Condition condition, List<SortField<?>> order, int limit) {
        return queries.read(tenant, db -> db
                        .select(API_KEY.KEY_ID, API_KEY.NAME, API_KEY.KIND, API_KEY.ROLES, API_KEY.PREFIX,
                                API_KEY.CREATED_AT, API_KEY.REVOKED_AT)
                        .from(API_KEY)
                        .where(API_KEY.TENANT_ID.eq(tenant.value()).and(condition))
                        .orderBy(order)
                        .limit(limit)
                        .fetch(Records.mapping(ApiKeyView::of)))
                .flatMap(rows -> directory.lastUsed(rows.stream().map(ApiKeyView::id).toList())
                        .map(lastUses -> rows.stream().map(row -> row.lastUsed(lastUses)).toList()));
    }
}
