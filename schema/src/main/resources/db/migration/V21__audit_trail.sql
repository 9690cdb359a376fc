-- The audit trail (docs/finance.md): every event of an organisation, in stream order, with its metadata, as the event
-- store holds them. Written by the audit-trail projection, a pure copy that can be replayed at any time.
create table read.audit_event (
    -- the event's global index in the event store: the stream order
    position        bigint                   not null primary key,
    tenant_id       uuid                     not null,
    event_id        uuid                     not null,
    -- the aggregate that applied the event and the event's number in that aggregate; null for an event of none
    aggregate_type  varchar(255),
    aggregate_id    varchar(255),
    sequence_number bigint,
    -- the event class's simple name, e.g. OrderPlaced
    payload_type    varchar(255)             not null,
    -- the payload and the metadata (actor, client address, correlation and causation ids, idempotency key) as stored
    payload         jsonb                    not null,
    metadata        jsonb                    not null,
    occurred_at     timestamp with time zone not null
);
-- each filter of GET .../audit/events, within an organisation and in stream order
create index audit_event_tenant_idx on read.audit_event (tenant_id, position);
create index audit_event_aggregate_idx on read.audit_event (tenant_id, aggregate_id, position);
create index audit_event_aggregate_type_idx on read.audit_event (tenant_id, aggregate_type, position);
create index audit_event_type_idx on read.audit_event (tenant_id, payload_type, position);
create index audit_event_occurred_idx on read.audit_event (tenant_id, occurred_at, position);

/* [jooq ignore start] */
select read.isolate_by_tenant('read.audit_event');
/* [jooq ignore stop] */
