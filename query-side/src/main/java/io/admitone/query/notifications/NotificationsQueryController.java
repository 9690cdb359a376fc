package io.admitone.query.notifications;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.FilterValues;
import io.admitone.query.paging.ListParameters;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.paging.SortKey;
import io.admitone.query.paging.Sorting;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Records;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

import static io.admitone.schema.jooq.Tables.ORGANISATION_NOTIFICATION;

/** An organisation's notifications, newest first, optionally of one kind. */
@RestController
class NotificationsQueryController {

    private static final Sorting<NotificationView> SORTS = Sorting.of(ORGANISATION_NOTIFICATION.NOTIFICATION_ID,
            NotificationView::id,
            new SortKey<>("createdAt", ORGANISATION_NOTIFICATION.CREATED_AT, n -> n.createdAt().toString())
    ).descendingByDefault();

    private final TenantScopedQueries queries;

    NotificationsQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orgs/{orgId}/notifications")
    Mono<CursorPage<NotificationView>> notifications(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                                     ListParameters page,
                                                     @RequestParam(required = false) String kind) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORGANISATION_READ);
        ListQuery<NotificationView> list = page.against(SORTS);
        return queries.read(tenant, db -> db
                        .select(ORGANISATION_NOTIFICATION.NOTIFICATION_ID, ORGANISATION_NOTIFICATION.KIND,
                                ORGANISATION_NOTIFICATION.SUBJECT_ID, ORGANISATION_NOTIFICATION.MESSAGE,
                                ORGANISATION_NOTIFICATION.CREATED_AT)
                        .from(ORGANISATION_NOTIFICATION)
                        .where(ORGANISATION_NOTIFICATION.TENANT_ID.eq(orgId), list.after(),
                                FilterValues.equal(ORGANISATION_NOTIFICATION.KIND,
                                        kind == null || kind.isBlank() ? null : kind.strip()))
                        .orderBy(list.orderBy())
                        .limit(list.fetchSize())
                        .fetch(Records.mapping(NotificationView::new)))
                .map(list::page);
    }
}
