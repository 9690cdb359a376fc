package io.admitone.query.webhooks;

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
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.WEBHOOK_DELIVERY;
import static io.admitone.schema.jooq.Tables.WEBHOOK_SUBSCRIPTION;

/** An organisation's webhook subscriptions, paused and disabled ones included unless a filter says otherwise. */
@RestController
class WebhooksQueryController {

    private static final Sorting<WebhookSubscriptionView> SORTS = Sorting.of(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID,
            WebhookSubscriptionView::id,
            new SortKey<>("createdAt", WEBHOOK_SUBSCRIPTION.CREATED_AT, s -> s.createdAt().toString()),
            new SortKey<>("url", WEBHOOK_SUBSCRIPTION.URL, WebhookSubscriptionView::url));

    /** Counted on the dispatcher's index of pending deliveries, so a long delivery log costs nothing here. */
    private static final Field<Integer> PENDING = DSL.field(DSL.selectCount()
            .from(WEBHOOK_DELIVERY)
            .where(WEBHOOK_DELIVERY.SUBSCRIPTION_ID.eq(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID),
                    WEBHOOK_DELIVERY.STATUS.eq(StoredNames.of(DeliveryStatus.PENDING))));

    private final TenantScopedQueries queries;

    WebhooksQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orgs/{orgId}/webhooks")
    Mono<CursorPage<WebhookSubscriptionView>> subscriptions(@AuthenticationPrincipal Caller caller,
                                                            @PathVariable UUID orgId, ListParameters page,
                                                            @RequestParam(required = false) Boolean enabled,
                                                            @RequestParam(required = false) String status) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.WEBHOOKS_MANAGE);
        SubscriptionStatus inStatus = FilterValues.oneOf("status", status, SubscriptionStatus.class);
        Condition filter = DSL.and(FilterValues.equal(WEBHOOK_SUBSCRIPTION.ENABLED, enabled),
                FilterValues.equal(SubscriptionStatus.OF_ROW, StoredNames.of(inStatus)));
        ListQuery<WebhookSubscriptionView> list = page.against(SORTS);
        return select(tenant, filter.and(list.after()), list.orderBy(), list.fetchSize()).map(list::page);
    }

    @GetMapping("/api/v1/orgs/{orgId}/webhooks/{subscriptionId}")
    Mono<WebhookSubscriptionView> subscription(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                               @PathVariable UUID subscriptionId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.WEBHOOKS_MANAGE);
        return select(tenant, WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(subscriptionId), List.of(), 1)
                .flatMap(rows -> rows.isEmpty() ? Mono.error(WebhookNotFound.subscription(subscriptionId))
                        : Mono.just(rows.getFirst()));
    }

    private Mono<List<WebhookSubscriptionView>> select(TenantId tenant, Condition condition,
                                                       List<SortField<?>> order, int limit) {
        // The secrets and the lease are not selected: the reader role may not read them, and nobody needs them here.
        return queries.read(tenant, db -> db
                .select(WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID, WEBHOOK_SUBSCRIPTION.URL,
                        WEBHOOK_SUBSCRIPTION.EVENT_TYPES, WEBHOOK_SUBSCRIPTION.DESCRIPTION,
                        WEBHOOK_SUBSCRIPTION.ENABLED, SubscriptionStatus.OF_ROW,
                        WEBHOOK_SUBSCRIPTION.DISABLED_AT, WEBHOOK_SUBSCRIPTION.DISABLED_REASON,
                        WEBHOOK_SUBSCRIPTION.FAILING_SINCE, WEBHOOK_SUBSCRIPTION.PREVIOUS_SECRET_VALID_UNTIL,
                        WEBHOOK_SUBSCRIPTION.CREATED_AT, WEBHOOK_SUBSCRIPTION.CHANGED_AT, PENDING)
                .from(WEBHOOK_SUBSCRIPTION)
                .where(WEBHOOK_SUBSCRIPTION.TENANT_ID.eq(tenant.value()), condition)
                .orderBy(order)
                .limit(limit)
                .fetch(Records.mapping(WebhookSubscriptionView::of)));
    }
}
