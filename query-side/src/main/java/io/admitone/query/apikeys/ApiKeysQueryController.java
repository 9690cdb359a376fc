package io.admitone.query.apikeys;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.access.ApiKeyDirectory;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.tenancy.TenantScopedQueries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jooq.Condition;
import org.jooq.Records;
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

@RestController
class ApiKeysQueryController {

    private final TenantScopedQueries queries;
    private final ApiKeyDirectory directory;

    ApiKeysQueryController(TenantScopedQueries queries, ApiKeyDirectory directory) {
        this.queries = queries;
        this.directory = directory;
    }

    @GetMapping("/api/v1/orgs/{orgId}/api-keys")
    /** Revoked keys included. */
    Mono<CursorPage<ApiKeyView>> keys(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                    @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                    @RequestParam(required = false) UUID cursor) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.API_KEYS_MANAGE);
        Condition after = cursor == null ? API_KEY.KEY_ID.isNotNull() : API_KEY.KEY_ID.gt(cursor);
        return select(tenant, after, limit + 1)
                .map(rows -> CursorPage.of(rows, limit, ApiKeyView::id));
    }

    @GetMapping("/api/v1/orgs/{orgId}/api-keys/{keyId}")
    Mono<ApiKeyView> key(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId, @PathVariable UUID keyId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.API_KEYS_MANAGE);
        return select(tenant, API_KEY.KEY_ID.eq(keyId), 1)
                .flatMap(rows -> rows.isEmpty()
                        ? Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No API key " + keyId))
                        : Mono.just(rows.getFirst()));
    }

    private Mono<List<ApiKeyView>> select(TenantId tenant, Condition condition, int limit) {
        return queries.read(tenant, db -> db
                        .select(API_KEY.KEY_ID, API_KEY.NAME, API_KEY.KIND, API_KEY.ROLES, API_KEY.PREFIX,
                                API_KEY.CREATED_AT, API_KEY.REVOKED_AT)
                        .from(API_KEY)
                        .where(API_KEY.TENANT_ID.eq(tenant.value()).and(condition))
                        .orderBy(API_KEY.KEY_ID)
                        .limit(limit)
                        .fetch(Records.mapping(ApiKeyView::of)))
                .flatMap(rows -> directory.lastUsed(rows.stream().map(ApiKeyView::id).toList())
                        .map(lastUses -> rows.stream().map(row -> row.lastUsed(lastUses)).toList()));
    }
}
