package io.admitone.query.dashboard;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.dashboard.DashboardWidget;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.JSONB;
import org.jooq.Records;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.DASHBOARD_LAYOUT;

/** The signed-in member's own layout in an organisation; an API key has none. */
@RestController
class DashboardLayoutQueryController {

    private static final TypeReference<List<DashboardWidget>> WIDGETS = new TypeReference<>() {
    };

    private final TenantScopedQueries queries;
    private final JsonMapper json;

    DashboardLayoutQueryController(TenantScopedQueries queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @GetMapping("/api/v1/orgs/{orgId}/dashboard-layout")
    Mono<DashboardLayoutView> layout(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORGANISATION_READ);
        UserId user = caller.requireUser();
        return queries.read(tenant, db -> db
                        .select(DASHBOARD_LAYOUT.WIDGETS, DASHBOARD_LAYOUT.SAVED_AT)
                        .from(DASHBOARD_LAYOUT)
                        .where(DASHBOARD_LAYOUT.TENANT_ID.eq(orgId), DASHBOARD_LAYOUT.USER_ID.eq(user.value()))
                        .fetchOptional(Records.mapping(this::view))
                        .orElse(null))
                .switchIfEmpty(Mono.error(() -> new NoDashboardLayout(tenant)));
    }

    private DashboardLayoutView view(JSONB widgets, Instant savedAt) {
        return new DashboardLayoutView(json.readValue(widgets.data(), WIDGETS), savedAt);
    }
}
