package io.admitone.query.webhooks;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.webhook.WebhookEventTypes;
import io.admitone.query.paging.CursorPage;
import io.admitone.query.paging.FilterValues;
import io.admitone.query.paging.InvalidParameter;
import io.admitone.query.paging.ListParameters;
import io.admitone.query.paging.ListQuery;
import io.admitone.query.paging.SortKey;
import io.admitone.query.paging.Sorting;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record13;
import org.jooq.Records;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.WEBHOOK_ATTEMPT;
import static io.admitone.schema.jooq.Tables.WEBHOOK_DELIVERY;
import static io.admitone.schema.jooq.Tables.WEBHOOK_MESSAGE;
import static io.admitone.schema.jooq.Tables.WEBHOOK_SUBSCRIPTION;

/** A subscription's delivery log, newest first, and one delivery with its envelope and attempts. */
@RestController
class WebhookDeliveriesQueryController {

    private static final Sorting<WebhookDeliveryView> SORTS = Sorting.of(WEBHOOK_DELIVERY.DELIVERY_ID,
            WebhookDeliveryView::id,
            new SortKey<>("sequence", WEBHOOK_DELIVERY.SEQUENCE, d -> Long.toString(d.sequence()))
    ).descendingByDefault();

    private final TenantScopedQueries queries;

    WebhookDeliveriesQueryController(TenantScopedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/orgs/{orgId}/webhooks/{subscriptionId}/deliveries")
    Mono<CursorPage<WebhookDeliveryView>> deliveries(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                                     @PathVariable UUID subscriptionId, ListParameters page,
                                                     @RequestParam(required = false) String status,
                                                     @RequestParam(required = false) String kind,
                                                     @RequestParam(required = false) String type) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.WEBHOOKS_MANAGE);
        Condition filter = DSL.and(
                FilterValues.equal(WEBHOOK_DELIVERY.STATUS,
                        StoredNames.of(FilterValues.oneOf("status", status, DeliveryStatus.class))),
                FilterValues.equal(WEBHOOK_DELIVERY.KIND,
                        StoredNames.of(FilterValues.oneOf("kind", kind, DeliveryKind.class))),
                FilterValues.equal(WEBHOOK_MESSAGE.TYPE, eventType(type)));
        ListQuery<WebhookDeliveryView> list = page.against(SORTS);
        return queries.read(tenant, db -> exists(db, tenant, subscriptionId)
                        ? deliveries(db, tenant, subscriptionId)
                                .and(filter.and(list.after()))
                                .orderBy(list.orderBy())
                                .limit(list.fetchSize())
                                .fetch(Records.mapping(WebhookDeliveryView::new))
                        : null)
                .switchIfEmpty(Mono.error(() -> WebhookNotFound.subscription(subscriptionId)))
                .map(list::page);
    }

    @GetMapping("/api/v1/orgs/{orgId}/webhooks/{subscriptionId}/deliveries/{deliveryId}")
    Mono<WebhookDeliveryDetail> delivery(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                         @PathVariable UUID subscriptionId, @PathVariable UUID deliveryId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.WEBHOOKS_MANAGE);
        return queries.read(tenant, db -> deliveries(db, tenant, subscriptionId)
                        .and(WEBHOOK_DELIVERY.DELIVERY_ID.eq(deliveryId))
                        .fetchOptional(Records.mapping(WebhookDeliveryView::new))
                        .map(delivery -> new WebhookDeliveryDetail(delivery, body(db, delivery.messageId()),
                                attempts(db, deliveryId)))
                        .orElse(null))
                .switchIfEmpty(Mono.error(() -> WebhookNotFound.delivery(subscriptionId, deliveryId)));
    }

    private static boolean exists(DSLContext db, TenantId tenant, UUID subscriptionId) {
        return db.fetchExists(WEBHOOK_SUBSCRIPTION, WEBHOOK_SUBSCRIPTION.TENANT_ID.eq(tenant.value()),
                WEBHOOK_SUBSCRIPTION.SUBSCRIPTION_ID.eq(subscriptionId));
    }

    private static SelectConditionStep<Record13<Long, UUID, UUID, String, String, UUID, UUID, String, Integer,
            Instant, Integer, Instant, Instant>> deliveries(DSLContext db, TenantId tenant, UUID subscriptionId) {
        return db.select(WEBHOOK_DELIVERY.SEQUENCE, WEBHOOK_DELIVERY.DELIVERY_ID, WEBHOOK_DELIVERY.MESSAGE_ID,
                        WEBHOOK_MESSAGE.TYPE, WEBHOOK_DELIVERY.KIND, WEBHOOK_DELIVERY.REPLAY_ID,
                        WEBHOOK_DELIVERY.REDELIVERY_OF, WEBHOOK_DELIVERY.STATUS, WEBHOOK_DELIVERY.ATTEMPTS,
                        WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, WEBHOOK_DELIVERY.LAST_STATUS, WEBHOOK_DELIVERY.CREATED_AT,
                        WEBHOOK_DELIVERY.DELIVERED_AT)
                .from(WEBHOOK_DELIVERY)
                .join(WEBHOOK_MESSAGE).on(WEBHOOK_MESSAGE.MESSAGE_ID.eq(WEBHOOK_DELIVERY.MESSAGE_ID))
                .where(WEBHOOK_DELIVERY.TENANT_ID.eq(tenant.value()),
                        WEBHOOK_DELIVERY.SUBSCRIPTION_ID.eq(subscriptionId));
    }

    private static String body(DSLContext db, UUID messageId) {
        return db.select(WEBHOOK_MESSAGE.BODY).from(WEBHOOK_MESSAGE)
                .where(WEBHOOK_MESSAGE.MESSAGE_ID.eq(messageId))
                .fetchOne(WEBHOOK_MESSAGE.BODY);
    }

    private static List<WebhookDeliveryDetail.Attempt> attempts(DSLContext db, UUID deliveryId) {
        return db.select(WEBHOOK_ATTEMPT.ATTEMPT, WEBHOOK_ATTEMPT.ATTEMPTED_AT, WEBHOOK_ATTEMPT.STATUS_CODE,
                        WEBHOOK_ATTEMPT.LATENCY_MS, WEBHOOK_ATTEMPT.RESPONSE_EXCERPT, WEBHOOK_ATTEMPT.ERROR,
                        WEBHOOK_ATTEMPT.NEXT_ATTEMPT_AT)
                .from(WEBHOOK_ATTEMPT)
                .where(WEBHOOK_ATTEMPT.DELIVERY_ID.eq(deliveryId))
                .orderBy(WEBHOOK_ATTEMPT.ATTEMPT)
                .fetch(Records.mapping(WebhookDeliveryDetail.Attempt::new));
    }

    /** A public event type; a misspelt one is a 400 rather than an empty log that looks like nothing was sent. */
    private static String eventType(String type) {
        String stripped = type == null ? null : type.strip();
        if (stripped != null && !WebhookEventTypes.ALL.contains(stripped)) {
            throw new InvalidParameter("type", "type must be one of " + String.join(", ", WebhookEventTypes.ALL));
        }
        return stripped;
    }

    /** How a delivery came about. */
    enum DeliveryKind { LIVE, REPLAY, REDELIVERY }
}
