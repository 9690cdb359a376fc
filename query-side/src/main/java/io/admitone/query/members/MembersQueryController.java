package io.admitone.query.members;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.tenancy.TenantScopedQueries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jooq.Records;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

import static io.admitone.schema.jooq.Tables.STAFF_MEMBERSHIP;

@RestController
class MembersQueryController {

    private final TenantScopedQueries queries;

    MembersQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orgs/{orgId}/members")
    Mono<CursorPage<MemberView>> members(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                       @RequestParam(required = false) UUID cursor) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.MEMBERS_READ);
        return queries.read(tenant, db -> db
                        .select(STAFF_MEMBERSHIP.USER_ID, STAFF_MEMBERSHIP.EMAIL, STAFF_MEMBERSHIP.DISPLAY_NAME,
                                STAFF_MEMBERSHIP.ROLES)
                        .from(STAFF_MEMBERSHIP)
                        .where(STAFF_MEMBERSHIP.TENANT_ID.eq(orgId))
                        .and(cursor == null ? STAFF_MEMBERSHIP.USER_ID.isNotNull() : STAFF_MEMBERSHIP.USER_ID.gt(cursor))
                        .orderBy(STAFF_MEMBERSHIP.USER_ID)
                        .limit(limit + 1)
                        .fetch(Records.mapping(MemberView::of)))
                .map(rows -> CursorPage.of(rows, limit, MemberView::userId));
    }
}
