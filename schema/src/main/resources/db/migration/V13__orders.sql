-- Orders as their buyers and staff read them: status, total and buyer. token_hash is the SHA-256 digest of the
-- order's token, against which a buyer's X-Order-Token is checked; the token itself is never stored. position is
-- the stream position of the order's last change, so that a redelivered event never undoes a later one.
create table read."order" (
    order_id       uuid                     not null primary key,
    tenant_id      uuid                     not null,
    event_id       uuid                     not null,
    performance_id uuid                     not null,
    hold_id        uuid                     not null,
    buyer_name     text                     not null,
    buyer_email    text                     not null,
    provider       varchar(50)              not null,
    method         varchar(100)             not null,
    status         varchar(16)              not null,
    next_action    varchar(50),
    total_amount   numeric(19, 4)           not null,
    currency       varchar(3)               not null,
    token_hash     varchar(64)              not null,
    placed_at      timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    position       bigint                   not null
);
create index order_performance_idx on read."order" (performance_id);

-- One ticket per place of a confirmed order: VALID, USED or VOID. code is what the door scans; it is shown to the
-- order's buyer and to staff who read orders.
create table read.ticket (
    ticket_id      uuid                     not null primary key,
    order_id       uuid                     not null,
    tenant_id      uuid                     not null,
    performance_id uuid                     not null,
    ticket_type_id uuid                     not null,
    place          integer                  not null,
    seat           varchar(50),
    code           varchar(64)              not null,
    status         varchar(8)               not null,
    issued_at      timestamp with time zone not null
);
create index ticket_order_idx on read.ticket (order_id);
create unique index ticket_code_idx on read.ticket (code);

/* [jooq ignore start] */
select read.isolate_by_tenant('read."order"');
select read.isolate_by_tenant('read.ticket');
/* [jooq ignore stop] */
