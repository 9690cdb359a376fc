package io.admitone.query.members;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.FilterValues;
import io.admitone.query.paging.ListParameters;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.paging.SortKey;
import io.admitone.query.paging.Sorting;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

import static io.admitone.schema.jooq.Tables.STAFF_MEMBERSHIP;

/** An organisation's staff with their roles, by e-mail (or {@code sort=displayName}), optionally of one role. */
@RestController
class MembersQueryController {

    private static final Sorting<MemberView> SORTS = Sorting.of(STAFF_MEMBERSHIP.USER_ID, MemberView::userId,
            new SortKey<>("email", STAFF_MEMBERSHIP.EMAIL, MemberView::email),
            new SortKey<>("displayName", STAFF_MEMBERSHIP.DISPLAY_NAME, MemberView::displayName));

    private final TenantScopedQueries queries;

    MembersQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orgs/{orgId}/members")
    Mono<CursorPage<MemberView>> members(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                          ListParameters page, @RequestParam(required = false) String role,
                                          @RequestParam(required = false) String q) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.MEMBERS_READ);
        StaffRole inRole = FilterValues.oneOf("role", role, StaffRole.class);
        ListQuery<MemberView> list = page.against(SORTS);
        return queries.read(tenant, db -> db
                        .select(STAFF_MEMBERSHIP.USER_ID, STAFF_MEMBERSHIP.EMAIL, STAFF_MEMBERSHIP.DISPLAY_NAME,
                                STAFF_MEMBERSHIP.ROLES)
                        .from(STAFF_MEMBERSHIP)
                        .where(STAFF_MEMBERSHIP.TENANT_ID.eq(orgId), list.after(),
                                inRole == null ? DSL.noCondition() : STAFF_MEMBERSHIP.ROLES.contains(
                                        new String[] {inRole.apiName()}),
                                FilterValues.contains(STAFF_MEMBERSHIP.EMAIL, q)
                                        .or(FilterValues.contains(STAFF_MEMBERSHIP.DISPLAY_NAME, q)))
                        .orderBy(list.orderBy())
                        .limit(list.fetchSize())
                        .fetch(Records.mapping(MemberView::of)))
                .map(list::page);
    }
}
