-- Webhooks (docs/webhooks.md): the subscriptions as the webhooks projection sees them in stream order, the messages
-- (envelopes) built from events as they happened, one delivery per message and subscription in the subscription's
-- order, every attempt of a delivery, the replays under way, and the organisation's notifications.
create table read.webhook_subscription (
    subscription_id             uuid                     not null primary key,
    tenant_id                   uuid                     not null,
    url                         varchar(2000)            not null,
    event_types                 text[]                   not null,
    description                 varchar(500)             not null,
    enabled                     boolean                  not null,
    -- the signing secrets, sealed (docs/security.md); the previous one signs beside the current one until it runs out
    sealed_secret               text                     not null,
    previous_sealed_secret      text,
    previous_secret_valid_until timestamp with time zone,
    created_at                  timestamp with time zone not null,
    changed_at                  timestamp with time zone not null,
    position                    bigint                   not null,
    -- the dispatcher's: disabled after a 410 or after failing too long, until staff enable the subscription again
    disabled_at                 timestamp with time zone,
    disabled_reason             varchar(500),
    failing_since               timestamp with time zone,
    -- which instance sends this subscription's deliveries, until when
    lease_owner                 varchar(100),
    lease_until                 timestamp with time zone
);
create index webhook_subscription_tenant_idx on read.webhook_subscription (tenant_id, subscription_id);

create table read.webhook_message (
    -- the event's identifier: the webhook-id header and the envelope's id
    message_id  uuid                     not null primary key,
    tenant_id   uuid                     not null,
    type        varchar(100)             not null,
    position    bigint                   not null,
    occurred_at timestamp with time zone not null,
    -- the envelope, signed and sent byte for byte as it is kept
    body        text                     not null
);

create table read.webhook_delivery (
    delivery_id     uuid                     not null primary key,
    -- the subscription's order: deliveries go out one after another by sequence
    sequence        bigint generated always as identity unique,
    tenant_id       uuid                     not null,
    subscription_id uuid                     not null references read.webhook_subscription on delete cascade,
    message_id      uuid                     not null references read.webhook_message,
    -- live, replay or redelivery
    kind            varchar(16)              not null,
    replay_id       uuid,
    redelivery_of   uuid,
    -- pending or delivered
    status          varchar(16)              not null,
    attempts        integer                  not null default 0,
    next_attempt_at timestamp with time zone,
    created_at      timestamp with time zone not null,
    delivered_at    timestamp with time zone,
    last_status     integer
);
create index webhook_delivery_pending_idx on read.webhook_delivery (subscription_id, sequence) where status = 'pending';
create index webhook_delivery_log_idx on read.webhook_delivery (tenant_id, subscription_id, sequence);

create table read.webhook_attempt (
    delivery_id      uuid                     not null references read.webhook_delivery on delete cascade,
    attempt          integer                  not null,
    tenant_id        uuid                     not null,
    attempted_at     timestamp with time zone not null,
    -- null when no answer came (refused target, connection failed, timed out)
    status_code      integer,
    latency_ms       integer                  not null,
    response_excerpt varchar(1000),
    error            varchar(500),
    next_attempt_at  timestamp with time zone,
    primary key (delivery_id, attempt)
);

create table read.webhook_replay (
    replay_id       uuid                     not null primary key,
    tenant_id       uuid                     not null,
    subscription_id uuid                     not null references read.webhook_subscription on delete cascade,
    -- the stream positions replayed: from the first, up to but without the last (the request's own position)
    from_position   bigint                   not null,
    up_to_position  bigint                   not null,
    next_position   bigint                   not null,
    enqueued        integer                  not null default 0,
    requested_at    timestamp with time zone not null,
    finished_at     timestamp with time zone
);

-- What the organisation should know about without having asked: a subscription the dispatcher disabled, say.
create table read.organisation_notification (
    notification_id uuid                     not null primary key,
    tenant_id       uuid                     not null,
    kind            varchar(50)              not null,
    subject_id      uuid,
    message         varchar(1000)            not null,
    created_at      timestamp with time zone not null
);
create index organisation_notification_tenant_idx on read.organisation_notification (tenant_id, created_at);

/* [jooq ignore start] */
-- The query side and analysts see a subscription without its secrets and the dispatcher's lease.
revoke all on read.webhook_subscription from admitone_reader;
grant select (subscription_id, tenant_id, url, event_types, description, enabled, previous_secret_valid_until,
              created_at, changed_at, position, disabled_at, disabled_reason, failing_since)
    on read.webhook_subscription to admitone_reader;
select read.isolate_by_tenant('read.webhook_subscription');
select read.isolate_by_tenant('read.webhook_message');
select read.isolate_by_tenant('read.webhook_delivery');
select read.isolate_by_tenant('read.webhook_attempt');
select read.isolate_by_tenant('read.webhook_replay');
select read.isolate_by_tenant('read.organisation_notification');
/* [jooq ignore stop] */
